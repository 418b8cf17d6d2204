import { useState } from 'preact/hooks';
import { db } from '../db/database';
import { addOwnTodo, DuplicateTodoError } from '../db/own-todos';
import { strings } from '../lib/popup-strings';
import { Icon } from './Icon';

interface Props {
  /** Without one, the to-do goes to "My to-dos". */
  articleId?: string;
  label: string;
  autoFocus?: boolean;
  onAdded?: () => void;
}

/** Adds the user's own to-do; stays open for the next one. */
export function AddTodoForm({ articleId, label, autoFocus, onAdded }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!text.trim()) return;
    try {
      await addOwnTodo(db, text, articleId);
      setText('');
      setError('');
      onAdded?.();
    } catch (caught) {
      setError(caught instanceof DuplicateTodoError ? strings.duplicate : String(caught));
    }
  };
  return (
    <form class="add-todo" onSubmit={(event) => void submit(event)}>
      <input
        type="text"
        class="add-todo-input"
        aria-label={label}
        placeholder={strings.addPlaceholder}
        value={text}
        autoFocus={autoFocus}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <button type="submit" class="icon-button add-todo-submit" aria-label={strings.add} title={strings.add}>
        <Icon name="plus" />
      </button>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

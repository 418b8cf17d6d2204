import { useEffect, useState } from 'preact/hooks';
import type { ArticleRow, TodoRow } from '../db/database';
import { formatDue, isOverdue } from '../lib/due-date';
import { strings } from '../lib/popup-strings';
import { deferredView, loadDeferred } from './deferred';
import { Icon } from './Icon';

// They open on a click and write through the database, which loads after the first screen.
const TodoDetails = deferredView((m) => m.TodoDetails);
const TodoEditor = deferredView((m) => m.TodoEditor);

interface Props {
  todo: TodoRow;
  article: ArticleRow;
  /** Told when the user checks a to-do, so the "Open" view can keep it in sight until reopened. */
  onChecked?: (id: string) => void;
}

/**
 * One to-do: a real checkbox whose accessible name is the to-do text (rendered as text only),
 * a disclosure for its detail and source, and editing in place.
 */
export function TodoItem({ todo, article, onChecked }: Props) {
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const detailsId = `todo-details-${todo.id}`;
  // The click shows at once; the stored state takes over as soon as the live query brings it.
  const [pending, setPending] = useState<boolean | undefined>(undefined);
  useEffect(() => setPending(undefined), [todo.done]);
  const checked = pending ?? todo.done === 1;
  const toggle = (done: boolean) => {
    if (done) onChecked?.(todo.id);
    setPending(done);
    // A click before the database has loaded waits for it: shown at once, stored when it is in.
    loadDeferred()
      .then(({ db, setDone }) => setDone(db, todo.id, done))
      .catch(() => setPending(undefined));
  };
  return (
    <li class={todo.done ? 'todo done' : 'todo'}>
      <div class="todo-row">
        {editing ? (
          <>
            <input type="checkbox" class="todo-check" checked={todo.done === 1} aria-label={todo.text} disabled />
            <TodoEditor todo={todo} onClose={() => setEditing(false)} />
          </>
        ) : (
          <label class="todo-label">
            <input
              type="checkbox"
              class="todo-check"
              checked={checked}
              onChange={(event) => toggle(event.currentTarget.checked)}
              onKeyDown={(event) => {
                // Space toggles a checkbox natively; Enter does too here, as in most to-do apps.
                if (event.key !== 'Enter') return;
                event.preventDefault();
                toggle(!checked);
              }}
            />
            <span class="todo-text" lang={article.lang || undefined}>
              {todo.text}
            </span>
          </label>
        )}
        {todo.dueAt !== undefined && (
          <span class={isOverdue(todo.dueAt) && !todo.done ? 'due overdue' : 'due'}>
            {isOverdue(todo.dueAt) && !todo.done ? strings.overdue(formatDue(todo.dueAt)) : strings.dueOn(formatDue(todo.dueAt))}
          </span>
        )}
        <button
          type="button"
          class="icon-button disclosure"
          aria-expanded={open}
          aria-controls={detailsId}
          aria-label={strings.details(todo.text)}
          title={strings.details(todo.text)}
          onClick={() => setOpen(!open)}
        >
          <Icon name="chevron" />
        </button>
      </div>
      {open && <TodoDetails id={detailsId} todo={todo} article={article} onEdit={() => setEditing(true)} />}
    </li>
  );
}

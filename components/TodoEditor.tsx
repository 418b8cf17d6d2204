import { useEffect, useRef, useState } from 'preact/hooks';
import type { TodoRow } from '../db/database';
import { db } from '../db/database';
import { editText } from '../db/todos';
import { strings } from '../lib/popup-strings';

/** Edits a to-do's text in place: Enter or leaving the field saves, Escape cancels. */
export function TodoEditor({ todo, onClose }: { todo: TodoRow; onClose: () => void }) {
  const [value, setValue] = useState(todo.text);
  const input = useRef<HTMLInputElement>(null);
  const closed = useRef(false);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const finish = async (save: boolean) => {
    if (closed.current) return;
    closed.current = true;
    if (save && value.trim() && value.trim() !== todo.text) await editText(db, todo.id, value);
    onClose();
  };
  return (
    <input
      ref={input}
      type="text"
      class="todo-edit"
      aria-label={strings.editLabel}
      value={value}
      onInput={(event) => setValue(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && !event.isComposing) void finish(true);
        if (event.key === 'Escape') {
          // Escape would otherwise close the whole popup.
          event.preventDefault();
          event.stopPropagation();
          void finish(false);
        }
      }}
      onBlur={() => void finish(true)}
    />
  );
}

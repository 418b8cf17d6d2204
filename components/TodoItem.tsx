import { db } from '../db/database';
import type { TodoRow } from '../db/database';
import { setDone } from '../db/todos';

/** One to-do: a real checkbox whose accessible name is the to-do text (rendered as text only). */
export function TodoItem({ todo }: { todo: TodoRow }) {
  return (
    <li class={todo.done ? 'todo done' : 'todo'}>
      <label>
        <input
          type="checkbox"
          checked={todo.done === 1}
          onChange={(event) => void setDone(db, todo.id, event.currentTarget.checked)}
        />
        <span class="todo-text">{todo.text}</span>
      </label>
    </li>
  );
}

import type { ArticleRow, TodoRow } from '../db/database';
import { db } from '../db/database';
import { setDue } from '../db/todos';
import { deleteTodo, restoreTodo } from '../db/trash';
import { dueFromInput, inputFromDue } from '../lib/due-date';
import { addressOf, articleLink, openWebPage } from '../lib/open-link';
import { strings } from '../lib/popup-strings';
import { sendMessage } from '../lib/messaging';
import { Icon } from './Icon';
import { useOfferUndo } from './undo-context';

/** A due date changed: the background re-arms the reminder alarms from the database. */
function armReminders(): void {
  sendMessage('syncReminders', {}).catch(() => undefined);
}

interface Props {
  id: string;
  todo: TodoRow;
  article: ArticleRow;
  onEdit: () => void;
}

/** A to-do opened up: the rest of its item, the sentence it came from, and what can be done with it. */
export function TodoDetails({ id, todo, article, onEdit }: Props) {
  const offerUndo = useOfferUndo();
  const link = articleLink(addressOf(article), todo.quote);
  const remove = async () => {
    await deleteTodo(db, todo.id);
    offerUndo(strings.deletedTodo(todo.text), () => restoreTodo(db, todo.id));
  };
  return (
    <div class="todo-details" id={id} role="group" aria-label={strings.details(todo.text)}>
      {todo.detail && (
        <p class="todo-detail" lang={article.lang || undefined}>
          {todo.detail}
        </p>
      )}
      {todo.quote && (
        <figure class="todo-quote">
          <figcaption>{strings.source}</figcaption>
          <blockquote lang={article.lang || undefined}>{todo.quote}</blockquote>
        </figure>
      )}
      <div class="todo-actions">
        {link && (
          <a
            class="action"
            href={link}
            target="_blank"
            rel="noreferrer noopener"
            onClick={(event) => {
              event.preventDefault();
              void openWebPage(link);
            }}
          >
            <Icon name="external" size={14} />
            {strings.openInArticle}
          </a>
        )}
        <button type="button" class="action" onClick={onEdit} aria-label={`${strings.edit} ${todo.text}`}>
          <Icon name="pencil" size={14} />
          {strings.edit}
        </button>
        <label class="action due-field">
          <Icon name="calendar" size={14} />
          <span>{strings.due}</span>
          <input
            type="date"
            value={inputFromDue(todo.dueAt)}
            onChange={(event) => void setDue(db, todo.id, dueFromInput(event.currentTarget.value)).then(armReminders)}
          />
        </label>
        <button type="button" class="action danger" onClick={() => void remove()} aria-label={`${strings.delete} ${todo.text}`}>
          <Icon name="trash" size={14} />
          {strings.delete}
        </button>
      </div>
    </div>
  );
}

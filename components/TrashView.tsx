import { useState } from 'preact/hooks';
import { db } from '../db/database';
import { OWN_ARTICLE_ID } from '../db/own-todos';
import { emptyTrash, restoreArticle, restoreTodo } from '../db/trash';
import { trashEntries, type TrashEntry } from '../db/trash-entries';
import { formatWhen } from '../lib/format-when';
import { strings } from '../lib/popup-strings';
import { useLiveQuery } from '../lib/use-live-query';
import { Icon } from './Icon';

function entryTitle(entry: TrashEntry): string {
  if (entry.kind === 'todo') return entry.todo.text;
  return entry.article.id === OWN_ARTICLE_ID ? strings.myTodos : entry.article.title;
}

function entryNote(entry: TrashEntry): string {
  if (entry.kind === 'article') return strings.withTodos(entry.count);
  const from = entry.article?.id === OWN_ARTICLE_ID ? strings.myTodos : (entry.article?.title ?? '');
  return from ? strings.fromArticle(from) : '';
}

/** Deleted articles and to-dos: restore any of them, or empty the trash for good (after a confirm). */
export function TrashView() {
  const entries = useLiveQuery(() => trashEntries(db));
  const [confirming, setConfirming] = useState(false);
  const restore = (entry: TrashEntry) =>
    entry.kind === 'article' ? restoreArticle(db, entry.article.id) : restoreTodo(db, entry.todo.id);
  if (entries === undefined) return null;
  if (entries.length === 0) return <p class="empty-list">{strings.trashEmpty}</p>;
  return (
    <div class="trash">
      <ul class="trash-list">
        {entries.map((entry) => (
          <li key={entry.kind + (entry.kind === 'article' ? entry.article.id : entry.todo.id)} class="trash-entry">
            <div class="trash-text">
              <span class="trash-title">{entryTitle(entry)}</span>
              <span class="trash-note">
                {entryNote(entry)} · {formatWhen(entry.deletedAt)}
              </span>
            </div>
            <button type="button" class="action" onClick={() => void restore(entry)} aria-label={`${strings.restore} ${entryTitle(entry)}`}>
              <Icon name="restore" size={14} />
              {strings.restore}
            </button>
          </li>
        ))}
      </ul>
      {confirming ? (
        <div class="confirm" role="group" aria-label={strings.confirmEmpty}>
          <p>{strings.confirmEmpty}</p>
          <button type="button" class="danger-solid" onClick={() => void emptyTrash(db).then(() => setConfirming(false))}>
            {strings.confirmEmptyYes}
          </button>
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>
            {strings.cancel}
          </button>
        </div>
      ) : (
        <button type="button" class="secondary empty-trash" onClick={() => setConfirming(true)}>
          {strings.emptyTrash}
        </button>
      )}
    </div>
  );
}

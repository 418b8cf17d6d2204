import { useState } from 'preact/hooks';
import type { ArticleGroup } from '../db/article-groups';
import { OWN_ARTICLE_ID } from '../db/own-todos';
import { formatWhen } from '../lib/format-when';
import { addressOf, openWebPage } from '../lib/open-link';
import { strings } from '../lib/popup-strings';
import { isWebUrl } from '../lib/safe-url';
import { ArticleBadge } from './ArticleBadge';
import { ArticleExtras } from './ArticleExtras';
import { CopyMarkdownButton } from './CopyMarkdownButton';
import { deferredView, loadDeferred } from './deferred';
import { Icon } from './Icon';
import { TodoItem } from './TodoItem';
import { useOfferUndo } from './undo-context';

/** Writes through the database, which loads after the first screen (./deferred.ts). */
const AddTodoForm = deferredView((m) => m.AddTodoForm);

interface Props {
  group: ArticleGroup;
  collapsed: boolean;
  onCollapse: (collapsed: boolean) => void;
  onChecked: (id: string) => void;
}

/** The title an article is shown by: "My to-dos" for the user's own list. */
export function titleOf(group: Pick<ArticleGroup, 'article'>): string {
  return group.article.id === OWN_ARTICLE_ID ? strings.myTodos : group.article.title || group.article.site;
}

/** An article's header (badge, title linking to it, site, when, "3 / 8 done") and its to-dos. */
export function ArticleGroupView({ group, collapsed, onCollapse, onChecked }: Props) {
  const { article, todos } = group;
  const offerUndo = useOfferUndo();
  const [adding, setAdding] = useState(false);
  const title = titleOf(group);
  const address = addressOf(article);
  const headingId = `article-${article.id}`;
  const listId = `article-todos-${article.id}`;
  const remove = async () => {
    const { db, deleteArticle, restoreArticle } = await loadDeferred();
    await deleteArticle(db, article.id);
    offerUndo(strings.deletedArticle(title), () => restoreArticle(db, article.id));
  };
  return (
    <section class={collapsed ? 'group collapsed' : 'group'} aria-labelledby={headingId}>
      <header class="group-header">
        <button
          type="button"
          class="icon-button collapse"
          aria-expanded={!collapsed}
          aria-controls={listId}
          aria-label={collapsed ? strings.expand(title) : strings.collapse(title)}
          onClick={() => onCollapse(!collapsed)}
        >
          <Icon name="chevron" />
        </button>
        <ArticleBadge article={article} label={title} />
        <div class="group-heading">
          <h2 id={headingId} class="group-title" lang={article.lang || undefined}>
            {isWebUrl(address) ? (
              <a
                href={address}
                target="_blank"
                rel="noreferrer noopener"
                onClick={(event) => {
                  event.preventDefault();
                  void openWebPage(address);
                }}
              >
                {title}
              </a>
            ) : (
              title
            )}
          </h2>
          <p class="group-meta">
            {article.site && <span class="site">{article.site}</span>}
            <time dateTime={new Date(article.capturedAt).toISOString()}>{formatWhen(article.capturedAt)}</time>
            <span class="count">{strings.doneCount(group.done, group.total)}</span>
          </p>
        </div>
        <button
          type="button"
          class="icon-button group-delete"
          aria-label={strings.deleteArticle(title)}
          title={strings.deleteArticle(title)}
          onClick={() => void remove()}
        >
          <Icon name="trash" />
        </button>
      </header>
      {!collapsed && (
        <div class="group-body" id={listId}>
          <ul class="todos">
            {todos.map((todo) => (
              <TodoItem key={todo.id} todo={todo} article={article} onChecked={onChecked} />
            ))}
          </ul>
          {adding ? (
            <AddTodoForm articleId={article.id} label={strings.addTodoTo(title)} autoFocus />
          ) : (
            <button type="button" class="add-link" onClick={() => setAdding(true)}>
              <Icon name="plus" size={14} />
              {strings.addTodo}
            </button>
          )}
          <CopyMarkdownButton article={article} title={title} />
          <ArticleExtras article={article} />
        </div>
      )}
    </section>
  );
}

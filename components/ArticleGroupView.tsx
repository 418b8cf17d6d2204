import type { ArticleGroup } from '../db/article-groups';
import { formatWhen } from '../lib/format-when';
import { isWebUrl } from '../lib/safe-url';
import { TodoItem } from './TodoItem';

/** An article's heading (title, site, when) and its to-dos. */
export function ArticleGroupView({ group }: { group: ArticleGroup }) {
  const { article, todos } = group;
  const done = todos.filter((t) => t.done).length;
  const headingId = `article-${article.id}`;
  return (
    <section class="group" aria-labelledby={headingId}>
      <header class="group-header">
        <h2 id={headingId} class="group-title">
          {isWebUrl(article.url) ? (
            <a href={article.url} target="_blank" rel="noreferrer noopener">
              {article.title}
            </a>
          ) : (
            article.title
          )}
        </h2>
        <p class="group-meta">
          <span>{article.site}</span> · <time dateTime={new Date(article.capturedAt).toISOString()}>{formatWhen(article.capturedAt)}</time> ·{' '}
          <span>
            {done} / {todos.length} done
          </span>
        </p>
      </header>
      <ul class="todos">
        {todos.map((todo) => (
          <TodoItem key={todo.id} todo={todo} />
        ))}
      </ul>
    </section>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import type { GroupPage } from '../db/article-groups';
import { strings } from '../lib/popup-strings';
import { ArticleGroupView } from './ArticleGroupView';

/**
 * To-do rows in the first render: more than fill the popup's 600 px (about 36 px a row, under
 * the header and a group heading). The other groups follow a frame later, so the list appears
 * without waiting for twenty groups' worth of DOM (issue 7).
 */
const FIRST_SCREEN_ROWS = 14;

/** How many groups the first render needs for FIRST_SCREEN_ROWS rows (collapsed ones show none). */
function firstScreenGroups(page: GroupPage, collapsed: ReadonlySet<string>): number {
  let rows = 0;
  let groups = 0;
  for (const group of page.groups) {
    groups += 1;
    if (!collapsed.has(group.article.id)) rows += group.todos.length;
    if (rows >= FIRST_SCREEN_ROWS) break;
  }
  return groups;
}

interface Props {
  page: GroupPage;
  collapsed: ReadonlySet<string>;
  onCollapse: (articleId: string, collapsed: boolean) => void;
  onChecked: (id: string) => void;
  onMore: () => void;
}

/**
 * The groups on screen. Only a page of articles is rendered (and queried); "Show more" loads the
 * next page, by itself when it scrolls into view, or when pressed from the keyboard.
 */
export function TodoList({ page, collapsed, onCollapse, onChecked, onMore }: Props) {
  const more = useRef<HTMLButtonElement>(null);
  const [shown, setShown] = useState(() => firstScreenGroups(page, collapsed));
  const all = shown >= page.groups.length;
  useEffect(() => {
    if (all) return;
    const frame = requestAnimationFrame(() => setShown(Number.POSITIVE_INFINITY));
    return () => cancelAnimationFrame(frame);
  }, [all]);
  useEffect(() => {
    const button = more.current;
    if (!button || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && onMore(), {
      rootMargin: '200px',
    });
    observer.observe(button);
    return () => observer.disconnect();
  }, [page.hasMore, page.groups.length, all]);
  return (
    <div class="groups">
      {page.groups.slice(0, shown).map((group) => (
        <ArticleGroupView
          key={group.article.id}
          group={group}
          collapsed={collapsed.has(group.article.id)}
          onCollapse={(value) => onCollapse(group.article.id, value)}
          onChecked={onChecked}
        />
      ))}
      {all && page.hasMore && (
        <button ref={more} type="button" class="show-more" onClick={onMore}>
          {strings.showMore}
        </button>
      )}
    </div>
  );
}

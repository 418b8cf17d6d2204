import type { ArticleRow } from '../db/database';

/** Hues for the initial's tile, picked by site so one site always gets the same colour. */
const HUES = [150, 200, 260, 20, 320, 40, 180, 100];

/**
 * The article's initial on a coloured tile. Not a favicon: fetching one would be a network
 * call (the extension makes none), and Chrome's favicon cache needs a permission we don't ask for.
 */
export function ArticleBadge({ article, label }: { article: ArticleRow; label: string }) {
  const name = article.site || label;
  const initial = [...name.replace(/^www\./, '')][0]?.toUpperCase() ?? '•';
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return (
    <span class="badge" aria-hidden="true" style={{ '--hue': String(HUES[hash % HUES.length]) }}>
      {article.site ? initial : '★'}
    </span>
  );
}

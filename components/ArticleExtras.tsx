import type { ArticleRow } from '../db/database';

/**
 * The place in an article group for what auto-capture (issue #5) adds about an article:
 * "Why was this captured?" (components/WhyCaptured.tsx) and "Never capture on this site"
 * (components/NeverOnSiteButton.tsx). Render them here when they land, e.g.
 *   <div class="group-extras"><WhyCaptured article={article} /><NeverOnSiteButton site={article.site} /></div>
 * The group shows this under its to-dos when it is expanded. "My to-dos" has no source to explain.
 */
export function ArticleExtras({ article }: { article: ArticleRow }) {
  void article;
  return null;
}

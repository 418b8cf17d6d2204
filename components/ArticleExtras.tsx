import type { ArticleRow } from '../db/database';
import { NeverOnSiteButton } from './NeverOnSiteButton';
import { WhyCaptured } from './WhyCaptured';

/**
 * What an expanded article group says about its source: "Why was this captured?" and
 * "Never on this site". "My to-dos" has no source to explain.
 */
export function ArticleExtras({ article }: { article: ArticleRow }) {
  if (!article.site) return null;
  return (
    <div class="group-extras">
      <WhyCaptured article={article} />
      <NeverOnSiteButton site={article.site} />
    </div>
  );
}

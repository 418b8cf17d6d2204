import type { ArticleRow } from '../db/database';
import { reasonText } from '../lib/reason-text';
import { WHY } from '../lib/strings/why-captured';

export type WhyArticle = Pick<ArticleRow, 'reasons' | 'analysisMs' | 'via'>;

/** How the article arrived, read at render time so a language switch follows. */
const viaText = (via: ArticleRow['via']): string => ({ auto: WHY.viaAuto, manual: WHY.viaManual, selection: WHY.viaSelection })[via] ?? '';

/**
 * The inside of "Why was this captured?", loaded when it is first opened: the detector's reasons
 * — coded ones (core/reason.ts) phrased in the chosen language, sentences stored by older
 * versions as they are — how the article arrived and how long the analysis took. Text only.
 */
export function WhyCapturedBody({ article }: { article: WhyArticle }) {
  const reasons = article.reasons ?? [];
  return (
    <>
      {reasons.length ? (
        <ul>
          {reasons.map((reason, i) => (
            <li key={i}>{reasonText(reason, WHY.reasons)}</li>
          ))}
        </ul>
      ) : (
        <p>{WHY.noReasons}</p>
      )}
      <p class="why-meta">
        {viaText(article.via)} {WHY.analysedIn(article.analysisMs)}
      </p>
    </>
  );
}

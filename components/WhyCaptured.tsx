import type { ArticleRow } from '../db/database';
import { POPUP_AUTO } from '../lib/strings/popup-auto-capture';

/** How the article arrived, read at render time so a language switch follows. */
const viaText = (via: ArticleRow['via']): string =>
  ({ auto: POPUP_AUTO.viaAuto, manual: POPUP_AUTO.viaManual, selection: POPUP_AUTO.viaSelection })[via] ?? '';

/**
 * "Why was this captured?": the detector's reasons for an article, how it arrived and how long
 * the analysis took — closed until asked. Reasons are shown as text only.
 */
export function WhyCaptured({ article }: { article: Pick<ArticleRow, 'reasons' | 'analysisMs' | 'via'> }) {
  const reasons = article.reasons ?? [];
  return (
    <details class="why-captured">
      <summary>{POPUP_AUTO.whySummary}</summary>
      {reasons.length ? (
        <ul>
          {reasons.map((reason, i) => (
            <li key={i}>{reason}</li>
          ))}
        </ul>
      ) : (
        <p>{POPUP_AUTO.whyNoReasons}</p>
      )}
      <p class="why-meta">
        {viaText(article.via)} {POPUP_AUTO.analysedIn(article.analysisMs)}
      </p>
    </details>
  );
}

import { useState } from 'preact/hooks';
import { POPUP_AUTO } from '../lib/strings/popup-auto-capture';
import type { WhyArticle } from './WhyCapturedBody';

/**
 * "Why was this captured?": closed until asked. What it holds (components/WhyCapturedBody.tsx,
 * with its strings and the phrasing of every reason) loads when it is first opened: the popup's
 * bundle has a size budget (tests/size-budget.test.ts), and most articles are never asked about.
 */
export function WhyCaptured({ article }: { article: WhyArticle }) {
  const [body, setBody] = useState<typeof import('./WhyCapturedBody') | null>(null);
  return (
    <details class="why-captured" onToggle={() => void import('./WhyCapturedBody').then(setBody)}>
      <summary>{POPUP_AUTO.whySummary}</summary>
      {body && <body.WhyCapturedBody article={article} />}
    </details>
  );
}

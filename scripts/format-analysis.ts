import type { PageAnalysis } from '../core/types';
import { reasonText } from '../lib/reason-text';
import { WHY_TABLE } from '../lib/strings/why-captured';

/** A PageAnalysis as a readable to-do list: verdict, reasons, then numbered to-dos. */
export function formatAnalysis(a: PageAnalysis): string {
  const verdict = a.isAdvice ? (a.career ? 'advice (work and careers)' : 'advice (not about work)') : 'not advice';
  const lines = [
    `${a.title || '(no title)'}`,
    `verdict: ${verdict}  lang=${a.lang}  score=${a.score}  ${a.ms} ms${a.truncated ? '  (truncated)' : ''}`,
    // The reasons in English: the CLI reads like the popup does in English.
    ...a.reasons.map((r) => `  - ${reasonText(r, WHY_TABLE.en.reasons)}`),
  ];
  if (a.items.length) lines.push('', `${a.items.length} to-dos:`);
  a.items.forEach((item, i) => {
    lines.push(`${String(i + 1).padStart(3)}. ${item.text}  [${item.kind}]`);
    if (item.section) lines.push(`       section: ${item.section}`);
    if (item.detail) lines.push(`       detail: ${item.detail.slice(0, 160)}`);
  });
  return lines.join('\n');
}

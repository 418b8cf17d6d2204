import { parseHTML } from 'linkedom';
import { analyzePage } from '../../core/analyze-page';
import { toPageCapture } from '../../lib/page-capture';
import type { PageCapture } from '../../lib/protocol';

/** A plain career-advice article: five steps, an advice title, no canonical link (the URL names it). */
export function careerTipsPage(label: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>How to prepare for your performance review: 5 tips (${label})</title></head>
<body><article><h1>How to prepare for your performance review: 5 tips</h1>
<p>Your review is the one meeting a year where your manager has to talk about your career. You should
go in with evidence, make sure you know what you want, and always leave with a plan for the next year at work.</p>
<ol>
<li>Write down every project you finished this year.</li>
<li>Ask your colleagues for feedback before the meeting.</li>
<li>Compare your salary with the market for your job.</li>
<li>Prepare three questions for your manager about your promotion.</li>
<li>Agree on two goals for the next review.</li>
</ol>
<p>Remember to send a short summary to your boss after the meeting.</p>
</article></body></html>`;
}

/** The capture the content script would send for that page at `url`, computed by the same code in Node. */
export function captureOf(html: string, url: string): PageCapture {
  const doc = parseHTML(html).document as unknown as Document;
  return toPageCapture(analyzePage(doc, url, { scope: 'career', budgetMs: 10_000 }), url, 'auto');
}

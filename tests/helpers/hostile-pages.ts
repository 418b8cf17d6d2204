/**
 * Hostile pages for the end-to-end tests, each built by a script on the page itself (the page
 * would be megabytes of markup otherwise). Every page carries a heartbeat: a 10 ms interval that
 * records the longest gap between its ticks after `load`, read back with page.evaluate. A content
 * script that blocks the page's main thread shows up there directly.
 */

/** The page's own heartbeat; `window.__beat.max` is the longest gap (ms) since `load`. */
const HEARTBEAT = `<script>
window.__beat = { max: 0, last: performance.now(), ticks: 0, armed: false };
setInterval(() => {
  const now = performance.now(), b = window.__beat;
  if (b.armed) b.max = Math.max(b.max, now - b.last);
  b.last = now; b.ticks++;
}, 10);
addEventListener('load', () => { const b = window.__beat; b.armed = true; b.last = performance.now(); });
</script>`;

/**
 * Chromium's own layout of these payloads takes seconds (27 s for a visible 10 MB text node) and a
 * 5,000-deep tree crashes its renderer, with or without any extension. A stylesheet keeps the
 * payload out of layout — the DOM the content script reads is unchanged (core reads inline styles
 * and attributes, never stylesheets) — so the heartbeat measures the extension, not the renderer.
 */
const UNRENDERED = '<style>#payload.unrendered { display: none }</style>';

/** Advice-shaped framing: an advice title and heading, so only the extension's guards keep it out. */
function page(title: string, build: string, lang = 'en', rendered = false): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>${HEARTBEAT}${UNRENDERED}</head>
<body><article><h1>${title}</h1><div id="payload"${rendered ? '' : ' class="unrendered"'}></div></article>
<script>(() => { const root = document.getElementById('payload'); ${build} })();</script></body></html>`;
}

export const HOSTILE_PAGES = {
  /** 200,000 elements of advice-shaped list items: an infinite feed or a giant table. */
  '/hostile/wide.html': page(
    'How to get promoted at work: 200,000 tips',
    `const frag = document.createDocumentFragment();
     for (let i = 0; i < 2000; i++) {
       const ul = document.createElement('ul');
       for (let j = 0; j < 99; j++) { const li = document.createElement('li'); li.textContent = 'Ask your manager for feedback ' + i + '-' + j + '.'; ul.appendChild(li); }
       frag.appendChild(ul);
     }
     root.appendChild(frag);`,
  ),
  /** 5,000 nested elements with advice at the bottom: recursive walkers overflow their stack. */
  '/hostile/deep.html': page(
    '仕事で失敗しないための10のコツ',
    `let el = root;
     for (let i = 0; i < 5000; i++) el = el.appendChild(document.createElement(i % 2 ? 'div' : 'section'));
     el.textContent = '上司に報告しましょう。記録を残しましょう。冷静さを保ちましょう。';`,
    'ja',
  ),
  /**
   * Just under the capture script's element cap (30,000, entrypoints/capture.content/look-at-page.ts),
   * so it is read, not skipped: 290 lists of 99 advice-shaped items. Only the budgets bound it.
   */
  '/hostile/wide-under-cap.html': page(
    'How to get promoted at work: 28,710 tips',
    `const frag = document.createDocumentFragment();
     for (let i = 0; i < 290; i++) {
       const ul = document.createElement('ul');
       for (let j = 0; j < 99; j++) { const li = document.createElement('li'); li.textContent = 'Ask your manager for feedback on project ' + i + '-' + j + '.'; ul.appendChild(li); }
       frag.appendChild(ul);
     }
     root.appendChild(frag);`,
  ),
  /**
   * The same depth written as markup (what a hand-made hostile page does): HTML's parser stops
   * nesting at 512 levels and hangs the rest of the chain there as siblings, so this page is 512
   * deep and 4,500 wide at the bottom, a shape the script-built page above does not have.
   */
  '/hostile/deep-markup.html': page(
    'How to stay calm at work: 5 tips you should try',
    `root.innerHTML = '<div>'.repeat(5000) + 'You should write down what happened. Tell your manager the same day.' + '</div>'.repeat(5000);`,
  ),
  /** One 10 MB text node of advice-shaped sentences: naive code copies and scans it all. */
  '/hostile/huge-text.html': page(
    'Career advice: 7 tips you should follow at work',
    `const p = document.createElement('p');
     p.appendChild(document.createTextNode('You should keep notes of every meeting with your manager. '.repeat(172_414)));
     root.appendChild(p);`,
  ),
  /** Rewrites itself forever (a live ticker, every 4 ms and every frame): no stable DOM, no end. Rendered. */
  '/hostile/mutating.html': page(
    'Live market ticker',
    `let n = 0;
     const tick = () => {
       const row = document.createElement('p');
       row.textContent = 'Index ' + (n++) + ' moved ' + (Math.random() * 10).toFixed(2) + ' points.';
       root.prepend(row);
       if (root.childElementCount > 500) root.lastElementChild.remove();
       root.setAttribute('data-n', String(n));
     };
     setInterval(tick, 4);
     (function frame() { for (let i = 0; i < 5; i++) tick(); requestAnimationFrame(frame); })();`,
    'en',
    true,
  ),
} as const;

export type HostilePath = keyof typeof HOSTILE_PAGES;

/** Read in the page (main world): the heartbeat's longest gap since load, and how often it ticked. */
export function readHeartbeat(): { max: number; ticks: number } {
  const beat = (window as unknown as { __beat: { max: number; ticks: number } }).__beat;
  return { max: Math.round(beat.max), ticks: beat.ticks };
}

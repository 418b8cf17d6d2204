import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SEED_PAGE } from './environment';

/** Real non-advice pages (news) from the shared corpus; absent on machines without it. */
export const CORPUS_DEV = fileURLToPath(new URL('../../../shared/corpus/dev', import.meta.url));
export const NEWS_SLUGS = ['en-cnn-homepage', 'ja-nikkei-news', 'en-yahoo-news-homepage'];

/** Advice, but not about work: career scope skips it, "any advice" takes it. */
export const BASIL_TIPS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>How to keep basil alive: 4 tips</title></head><body>
<nav><a href="/">Home</a> <a href="/garden">Garden</a></nav>
<article><h1>How to keep basil alive: 4 tips</h1>
<p>Basil is easy once you know what it wants. Most supermarket pots die within a week because they are
crowded, thirsty and kept in the dark. Here is what works for most kitchens, whatever the season.</p>
<h2>1. Water the soil every morning</h2>
<p>Water the soil every morning, never the leaves. Wet leaves rot quickly in a warm kitchen, and a dry
pot wilts by the afternoon. Make sure the pot can drain.</p>
<h2>2. Give it sun</h2>
<p>Put the pot on a sunny windowsill. Basil wants six hours of light a day; turn the pot every few days
so that it grows evenly instead of leaning towards the glass.</p>
<h2>3. Pinch off the flowers</h2>
<p>Pinch off the flower buds as soon as they appear. Once basil flowers, the leaves turn bitter and the
plant stops growing new ones, so check the tips every week.</p>
<h2>4. Harvest from the top</h2>
<p>Harvest the top leaves first. Cutting just above a pair of leaves makes the stem branch, and a bushy
plant gives you far more basil than a tall one.</p>
<p>Follow these steps and your basil will last all summer long, with leaves to spare for every meal.</p>
</article></body></html>`;

/** A plain page that is no article at all. */
const PLAIN_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Opening hours</title></head><body>
<h1>Opening hours</h1><p>Monday to Friday, 9:00 to 17:00. Closed on public holidays.</p></body></html>`;

/**
 * A single-page app: a non-advice shell whose link swaps in the seed article in place and
 * pushes its address with history.pushState — no page load the content script could see.
 */
const SPA_SHELL = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reading room</title></head><body>
<main><h1>Reading room</h1><p>Pick something to read.</p><a id="open" href="/spa/article">Open the article</a></main>
<script>
document.getElementById('open').addEventListener('click', async (event) => {
  event.preventDefault();
  const html = await (await fetch('/seed.html')).text();
  const doc = new DOMParser().parseFromString(html, 'text/html');
  history.pushState({}, '', '/spa/article');
  document.title = doc.title;
  document.body.replaceChildren(...[...doc.body.children].filter((n) => n.localName !== 'script').map((n) => document.importNode(n, true)));
  document.body.dataset.swapped = 'yes';
});
</script></body></html>`;

export type PageMap = Record<string, { file: string } | { html: string }>;

/** The seed article without its canonical link, so it is known by the address it is served at. */
function seedWithoutCanonical(): string {
  return readFileSync(SEED_PAGE, 'utf8').replace(/<link[^>]*rel="canonical"[^>]*>/i, '');
}

/** Corpus pages, read as UTF-8 (the server sends charset=utf-8); [] when the corpus is absent. */
export function newsPages(): PageMap {
  if (!existsSync(CORPUS_DEV)) return {};
  const pages: PageMap = {};
  for (const slug of NEWS_SLUGS) {
    const file = `${CORPUS_DEV}/${slug}/source.html`;
    if (existsSync(file)) pages[`/news/${slug}.html`] = { html: readFileSync(file, 'utf8') };
  }
  return pages;
}

export function autoCapturePages(): PageMap {
  return {
    '/seed.html': { file: SEED_PAGE },
    '/seed-copy.html': { html: seedWithoutCanonical() },
    '/basil.html': { html: BASIL_TIPS },
    '/plain.html': { html: PLAIN_PAGE },
    '/spa/shell.html': { html: SPA_SHELL },
    ...newsPages(),
  };
}

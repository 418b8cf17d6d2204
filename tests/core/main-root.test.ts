import { describe, expect, it } from 'vitest';
import { createBudget } from '../../core/budget';
import { findMainRoot } from '../../core/main-root';
import { langOfText } from '../../core/page-lang';
import { resolveCanonical } from '../../core/page-meta';
import { parsePage } from '../../scripts/load-page';

/**
 * The container search runs on every page the content script sees, so it takes shortcuts (one
 * regular expression per class list, ranks 3–5 read only until taken, the headline read on
 * demand). These pin the answers the shortcuts must keep.
 */

/** Enough text for a container to count as the article (MIN_ROOT_CHARS is 200). */
const LONG = 'Write down what was said, and by whom, while it is fresh. '.repeat(6);

function rootOf(body: string) {
  const main = findMainRoot(parsePage(`<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`), createBudget(() => 0, 60_000));
  if (!main) throw new Error('no main root');
  return main;
}

describe('article body classes are whole words of the class list', () => {
  it.each([
    ['entry-content', true],
    ['post single entry-content clearfix', true],
    ['a\tpost-body\nb', true],
    ['entry-content-wrapper', false],
    ['my-post-content', false],
    ['entry_content', false],
  ])('class="%s" → article body class: %s', (cls, found) => {
    const main = rootOf(`<div id="wrap"><div class="${cls}"><p>${LONG}</p></div></div>`);
    expect(main.via).toBe(found ? 'article body class' : 'body');
  });

  it('itemprop=articleBody outranks a body class, and the search stops at the first definite body', () => {
    expect(rootOf(`<div class="entry-content"><p>${LONG}</p></div><div itemprop="articleBody"><p>${LONG}</p></div>`).via).toBe('article body class');
    expect(rootOf(`<div itemprop="articleBody" class="entry-content"><p>${LONG}</p></div>`).via).toBe('itemprop=articleBody');
  });
});

describe('ranks 3–5 keep their first element', () => {
  it('a second role=main still hides that element from the ranks below it', () => {
    // The first role=main is too short to be the article; the second one is a <main> with an id
    // of the main column, but as role=main it is rank 3, already taken: neither 'main' nor 'main id'.
    const main = rootOf(`<section role="main">menu</section><main role="main" id="content"><p>${LONG}</p></main>`);
    expect(main.via).toBe('body');
  });

  it('the first <main> and the first main-column id are each kept, whatever follows', () => {
    expect(rootOf(`<div id="content"><p>${LONG}</p></div><main><p>${LONG}</p></main>`)).toMatchObject({ via: 'main' });
    const byId = rootOf(`<div id="main"><p>${LONG}</p></div><div id="content"><p>short</p></div>`);
    expect(byId.via).toBe('main id');
    expect(byId.root.getAttribute('id')).toBe('main');
  });
});

describe('the headline', () => {
  it('is the first h1 in the root, else on the page, and the first h2 in the root', () => {
    const main = rootOf(`<header><h1>Site name</h1></header><h2>Outside</h2><article><h2>Ten ways to say no</h2><p>${LONG}</p></article>`);
    expect(main.headline()).toBe('Site name Ten ways to say no');
  });

  it('is found under a definite body after the search stopped there', () => {
    const main = rootOf(`<div class="post-content"><div><h2>Step one</h2><h1>How to say no</h1></div><p>${LONG}</p></div><h1>Later</h1>`);
    expect(main.headline()).toBe('How to say no Step one');
  });

  it('widens a short body to its <article> when the article holds most of the text', () => {
    const main = rootOf(`<article><div class="entry-content"><p>${LONG}</p></div>${`<figure><figcaption>${LONG}</figcaption></figure>`.repeat(4)}</article>`);
    expect(main.via).toBe('article around a short body');
    expect(main.root.localName).toBe('article');
  });
});

describe('cheap text checks keep their answers', () => {
  it('counts kana (hiragana, katakana, ー) as the regular expression did', () => {
    expect(langOfText('これはテストです。ー')).toBe('ja');
    expect(langOfText('漢字漢字漢字漢字漢字')).toBeUndefined(); // kanji alone could be Chinese
    expect(langOfText('   \n\t ')).toBeUndefined();
    expect(langOfText('The plan and the list are yours to keep.')).toBe('en');
  });

  it('resolves a missing canonical link to the page URL without its fragment', () => {
    expect(resolveCanonical('', 'https://Example.com/a/../b?q=1#top')).toBe('https://example.com/b?q=1');
    expect(resolveCanonical('/c', 'https://example.com/a')).toBe('https://example.com/c');
    expect(resolveCanonical('', '')).toBe('');
    expect(resolveCanonical('', 'not a url#x')).toBe('not a url');
  });
});

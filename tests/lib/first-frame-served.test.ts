// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstFrameChanged, whenFirstFrameChanged } from '../../lib/first-frame/changed';
import { frameMarkup } from '../../lib/first-frame/frame-html';
import { isServedFrame, SERVED, servedPopupFor, servedPopupHtml, type ServedFrame } from '../../lib/first-frame/served-popup';
import { treeOf, type SnapshotNode } from '../../lib/first-frame/snapshot-tree';
import { relativeTime } from '../../lib/relative-time';
import { appWith, listMarkup } from '../helpers/first-frame-list';

const HOUR = 3600_000;
/** The built popup.html's shape (scripts/vite/popup-html.ts), trimmed. */
const PAGE =
  '<!DOCTYPE html>\n<html lang="en">\n  <head><meta charset="utf-8"><style>body{margin:0}</style></head>\n  <body>\n    <div id="app"></div>\n' +
  '    <script src="/popup-first-frame.js" data-app-module="/chunks/popup.js"></script>\n  </body>\n</html>\n';

/** What the HTML parser makes of `markup` as the body's content. */
function parsed(markup: string): HTMLElement {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${markup}</body></html>`, 'text/html').body;
}

function frame(tree: SnapshotNode[], overrides: Partial<ServedFrame> = {}): ServedFrame {
  return { stamp: 's1', languages: navigator.languages.join(','), lang: 'ja', theme: 'dark', tree, ...overrides };
}

afterEach(() => vi.restoreAllMocks());

describe('served first frame: the markup', () => {
  it('parses back to the tree it was written from', () => {
    const tree = treeOf(appWith(listMarkup(8)));
    const markup = frameMarkup(tree)!;
    expect(treeOf(parsed(markup))).toEqual(tree);
  });

  it('keeps page text as text: markup in a to-do or a title never becomes elements', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>&amp; "quoted" </span></li>';
    const tree: SnapshotNode[] = [['li', ['class', 'todo', 'title', hostile], [['span', ['class', 'todo-text'], [hostile]]]]];
    const body = parsed(frameMarkup(tree)!);
    expect(body.querySelectorAll('img, script')).toHaveLength(0);
    expect(body.querySelector('.todo-text')?.textContent).toBe(hostile);
    expect(body.querySelector('li')?.getAttribute('title')).toBe(hostile);
    expect(body.querySelectorAll('li')).toHaveLength(1);
  });

  it('drops what could run or leave, as building does', () => {
    const tree: SnapshotNode[] = [
      ['a', ['href', 'javascript:alert(1)', 'onclick', 'alert(2)', 'class', 'x'], ['link']],
      ['span', ['style', 'background: url(https://tracker.example/x)'], ['s']],
      ['script', [], ['alert(3)']],
      ['s:svg', [], [['s:use', ['href', '#x'], []]]],
    ];
    const body = parsed(frameMarkup(tree)!);
    expect(body.querySelector('a')?.outerHTML).toBe('<a class="x">link</a>');
    expect(body.querySelector('span')?.hasAttribute('style')).toBe(false);
    expect(body.querySelector('script, use')).toBeNull();
  });

  it('writes nothing for elements the served frame does not draw, or for data that is not a frame', () => {
    for (const tag of ['textarea', 'title', 'xmp', 'plaintext', 'table', 'select', 'noembed', 's:foreignObject2']) {
      expect(frameMarkup([['div', [], [[tag, [], ['x']]]]]), tag).toBeUndefined();
    }
    expect(frameMarkup([['div', [], [42]]])).toBeUndefined();
    expect(frameMarkup([{ tag: 'div' }])).toBeUndefined();
  });

  it('marks only the top-level elements, and writes the times as asked', () => {
    const tree = treeOf(appWith(listMarkup(2)));
    const body = parsed(frameMarkup(tree, { topAttributes: 'inert', timeText: () => '3 時間前' })!);
    expect(body.querySelector('main')?.hasAttribute('inert')).toBe(true);
    expect(body.querySelectorAll('[inert]')).toHaveLength(1);
    expect(body.querySelector('time')?.textContent).toBe('3 時間前');
  });
});

describe('served first frame: the page', () => {
  it('is popup.html with the frame in #app, inert, in its language and theme, the first script no longer blocking', () => {
    const now = 10 * HOUR;
    const tree = treeOf(appWith(listMarkup(3, now - 3 * HOUR)));
    const html = servedPopupHtml(PAGE, frame(tree), now)!;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const app = doc.getElementById('app')!;
    expect(app.getAttribute('data-first-frame')).toBe(SERVED);
    expect(app.querySelectorAll('li.todo')).toHaveLength(3);
    expect(app.firstElementChild?.hasAttribute('inert')).toBe(true);
    expect(doc.documentElement.lang).toBe('ja');
    expect(doc.documentElement.dataset.theme).toBe('dark');
    expect(app.querySelector('time')?.textContent).toBe(relativeTime(now - 3 * HOUR, now, 'ja'));
    const script = doc.querySelector('script')!;
    expect(script.async).toBe(true);
    expect(script.dataset.appModule).toBe('/chunks/popup.js');
    expect(doc.head.querySelector('style')?.textContent).toBe('body{margin:0}');
  });

  it('writes no theme or language it does not know', () => {
    const html = servedPopupHtml(PAGE, frame([], { lang: 'ja"><script>', theme: 'dark" onload="x' }), 0)!;
    expect(html).toContain('<html lang="en">');
    expect(html).not.toContain('onload');
    expect(html).not.toContain('<script>');
  });

  it('serves nothing for a page of another shape, or a frame it cannot write', () => {
    expect(servedPopupHtml('<html><body><div id="app" class="x"></div></body></html>', frame([]), 0)).toBeUndefined();
    expect(servedPopupHtml(PAGE.replace('<div id="app"></div>', '<div id="app"></div><div id="app"></div>'), frame([]), 0)).toBeUndefined();
    expect(servedPopupHtml(PAGE, frame([['textarea', [], ['x']]]), 0)).toBeUndefined();
  });

  it('answers only the toolbar popup under the frame’s own stamp, with the browser languages unchanged', () => {
    const kept = frame(treeOf(appWith(listMarkup(1))));
    const languages = kept.languages;
    const base = 'chrome-extension://abc';
    expect(servedPopupFor(`${base}/popup.html?s=s1`, kept, PAGE, languages, 0)).toContain(`data-first-frame="${SERVED}"`);
    expect(servedPopupFor(`${base}/popup.html?s=s2`, kept, PAGE, languages, 0)).toBeUndefined();
    expect(servedPopupFor(`${base}/popup.html`, kept, PAGE, languages, 0)).toBeUndefined();
    expect(servedPopupFor(`${base}/options.html?s=s1`, kept, PAGE, languages, 0)).toBeUndefined();
    expect(servedPopupFor(`${base}/popup.html?s=s1`, kept, PAGE, 'fr-FR,fr', 0)).toBeUndefined();
    expect(servedPopupFor(`${base}/popup.html?s=s1`, undefined, PAGE, languages, 0)).toBeUndefined();
    expect(servedPopupFor(`${base}/popup.html?s=s1`, kept, undefined, languages, 0)).toBeUndefined();
    expect(servedPopupFor('not a url', kept, PAGE, languages, 0)).toBeUndefined();
  });

  it('takes only a well-formed frame from a message', () => {
    expect(isServedFrame(frame([]))).toBe(true);
    expect(isServedFrame({ ...frame([]), stamp: '' })).toBe(false);
    expect(isServedFrame({ ...frame([]), tree: 'x' })).toBe(false);
    expect(isServedFrame({ ...frame([]), theme: 1 })).toBe(false);
    expect(isServedFrame(null)).toBe(false);
  });
});

describe('served first frame: retired with the kept one', () => {
  it('tells this context’s listeners when the frame stops applying', () => {
    const listener = vi.fn();
    whenFirstFrameChanged(listener);
    firstFrameChanged();
    firstFrameChanged();
    expect(listener).toHaveBeenCalledTimes(2);
  });
});

// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COLLAPSED_KEY } from '../../lib/collapsed-articles';
import { dropFirstFrame, FIRST_FRAME_KEY, readFirstFrame, saveFirstFrame, stampedPopup, stampOf } from '../../lib/first-frame/record';
import { clearFirstFrame, FIRST_FRAME_ATTRIBUTE, showFirstFrame } from '../../lib/first-frame/show';
import { buildInto, keepsAttribute, treeOf } from '../../lib/first-frame/snapshot-tree';
import { relativeTime } from '../../lib/relative-time';
import { applyCachedTheme, cacheTheme, type ThemePreference } from '../../lib/theme-cache';

const HOUR = 3600_000;
const ICON = '<svg class="icon" width="16" height="16" viewBox="0 0 24 24"><path d="M9 6l6 6-6 6"></path></svg>';

/** A popup-like list: header, `rows` rows with the same icon, a time, and a footer. */
function listMarkup(rows: number, capturedAt = 0): string {
  const items = Array.from(
    { length: rows },
    (_, i) => `<li class="todo"><label><input type="checkbox"><span class="todo-text" lang="ja">記録を残す ${i}</span></label><button aria-label="Details ${i}">${ICON}</button></li>`,
  ).join('');
  return (
    `<main class="popup" aria-busy="false"><header><img class="logo" src="/icon/32.png" alt=""><h1>Actionable</h1></header>` +
    `<section class="group"><h2><a href="https://example.com/a" target="_blank">上司に報告 &amp; 記録</a></h2>` +
    `<p><time datetime="${new Date(capturedAt).toISOString()}">just now</time></p><ul class="todos">${items}</ul></section>` +
    `<footer class="footer"><span style="--hue: 320;">B</span></footer></main>`
  );
}

function appWith(html: string): HTMLElement {
  const app = document.createElement('div');
  app.innerHTML = html;
  return app;
}

function rebuilt(app: Element): HTMLElement {
  const out = document.createElement('div');
  buildInto(out, JSON.parse(JSON.stringify(treeOf(app))) as unknown[]);
  return out;
}

beforeEach(() => {
  localStorage.clear();
  document.documentElement.lang = 'en';
  document.body.innerHTML = '<div id="app"></div>';
});
afterEach(() => vi.restoreAllMocks());

describe('first frame: the element tree', () => {
  it('builds back the same elements, attributes and text, through JSON', () => {
    const app = appWith(listMarkup(3));
    expect(rebuilt(app).innerHTML).toBe(app.innerHTML);
  });

  it('builds SVG in the SVG namespace, and repeated icons as equal clones', () => {
    const out = rebuilt(appWith(listMarkup(3)));
    const icons = out.querySelectorAll('svg');
    expect(icons).toHaveLength(3);
    for (const icon of Array.from(icons)) {
      expect(icon.namespaceURI).toBe('http://www.w3.org/2000/svg');
      expect(icon.outerHTML).toBe(icons[0]!.outerHTML);
      expect(icon.querySelector('path')?.getAttribute('d')).toBe('M9 6l6 6-6 6');
    }
    expect(icons[0]).not.toBe(icons[1]);
  });

  it('keeps page text as text: markup in a to-do never becomes elements', () => {
    const app = document.createElement('div');
    const span = document.createElement('span');
    span.className = 'todo-text';
    span.textContent = '<img src=x onerror="window.__pwned=1"> & <script>alert(1)</script>';
    app.append(span);
    const out = rebuilt(app);
    expect(out.querySelector('img, script')).toBeNull();
    expect(out.querySelector('.todo-text')?.textContent).toBe(span.textContent);
  });

  it('drops what could run, load or leave: scripts, frames, handlers, javascript: links, url() styles', () => {
    const app = appWith(
      '<div onclick="x()" class="keep"><a href="javascript:alert(1)">a</a><a href="https://ok.example/">b</a>' +
        '<a href="//evil.example/">c</a><a href="/\\evil.example/">c2</a><a href="/&#9;/evil.example/">c3</a><img src="/icon/16.png"><img src="https://tracker.example/p.gif">' +
        '<span style="background: url(https://tracker.example/)">d</span><span style="--hue: 3;">e</span>' +
        '<script>bad()</script><iframe src="https://evil.example/"></iframe><svg><use href="#x"></use></svg></div>',
    );
    const out = rebuilt(app);
    expect(out.querySelector('[onclick]')).toBeNull();
    expect(out.querySelector('.keep')).not.toBeNull();
    expect([...out.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([null, 'https://ok.example/', null, null, null]);
    expect([...out.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual(['/icon/16.png', 'https://tracker.example/p.gif']);
    expect([...out.querySelectorAll('span')].map((s) => s.getAttribute('style'))).toEqual([null, '--hue: 3;']);
    expect(out.querySelector('script, iframe, use')).toBeNull();
  });

  it('checks stored data again when building: hostile nodes are dropped or refused', () => {
    const out = document.createElement('div');
    buildInto(out, [['script', [], ['bad()']], ['a', ['onclick', 'x()', 'href', 'javascript:1', 'title', 'ok'], ['t']]]);
    expect(out.innerHTML).toBe('<a title="ok">t</a>');
    expect(() => buildInto(out, [['img src=x onerror=alert(1)', [], []]])).toThrow(TypeError);
    expect(() => buildInto(out, [{ not: 'a node' }])).toThrow(TypeError);
    expect(keepsAttribute('ONLOAD', 'x')).toBe(false);
  });

  it('leaves out elements the caller does not keep, with their subtrees', () => {
    const tree = treeOf(appWith(listMarkup(5)), (el) => !el.matches('li.todo') || !el.textContent?.includes('3'));
    const out = document.createElement('div');
    buildInto(out, tree);
    expect([...out.querySelectorAll('.todo-text')].map((s) => s.textContent)).toEqual(['記録を残す 0', '記録を残す 1', '記録を残す 2', '記録を残す 4']);
  });
});

describe('first frame: the kept record', () => {
  it('is read back under the stamp it was saved with', () => {
    const app = appWith(listMarkup(2));
    saveFirstFrame(app, 'abc');
    const record = readFirstFrame('abc');
    expect(record?.stamp).toBe('abc');
    expect(record?.lang).toBe('en');
    expect(record?.tree).toEqual(treeOf(app));
  });

  it('keeps only the rows the popup can show (8), not the whole first page', () => {
    saveFirstFrame(appWith(listMarkup(25)), 'abc');
    const out = document.createElement('div');
    buildInto(out, readFirstFrame('abc')!.tree);
    expect(out.querySelectorAll('li.todo')).toHaveLength(8);
    expect(out.querySelector('footer')).not.toBeNull();
  });

  it('does not apply under another stamp, and is deleted then', () => {
    saveFirstFrame(appWith(listMarkup(2)), 'abc');
    expect(readFirstFrame('other')).toBeUndefined();
    expect(localStorage.getItem(FIRST_FRAME_KEY)).toBeNull();
  });

  it('is never saved or used without a stamp (popup.html opened directly)', () => {
    saveFirstFrame(appWith(listMarkup(2)), '');
    expect(localStorage.getItem(FIRST_FRAME_KEY)).toBeNull();
    saveFirstFrame(appWith(listMarkup(2)), 'abc');
    expect(readFirstFrame('')).toBeUndefined();
    expect(localStorage.getItem(FIRST_FRAME_KEY)).not.toBeNull();
  });

  it('does not apply once the collapsed groups changed', () => {
    saveFirstFrame(appWith(listMarkup(2)), 'abc');
    localStorage.setItem(COLLAPSED_KEY, '["a1"]');
    expect(readFirstFrame('abc')).toBeUndefined();
  });

  it('does not apply once the browser languages changed', () => {
    saveFirstFrame(appWith(listMarkup(2)), 'abc');
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ja-JP', 'ja']);
    expect(readFirstFrame('abc')).toBeUndefined();
  });

  it('corrupt or foreign records are ignored and deleted', () => {
    for (const bad of ['{not json', '{"format":99,"stamp":"abc"}', 'null', '[]']) {
      localStorage.setItem(FIRST_FRAME_KEY, bad);
      expect(readFirstFrame('abc')).toBeUndefined();
      expect(localStorage.getItem(FIRST_FRAME_KEY)).toBeNull();
    }
  });

  it('a full storage loses only the record, never throws', () => {
    const kept = new Map([[FIRST_FRAME_KEY, 'old record']]);
    const full = {
      getItem: (key: string) => kept.get(key) ?? null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: (key: string) => void kept.delete(key),
    } as unknown as Storage;
    expect(() => saveFirstFrame(appWith(listMarkup(2)), 'abc', full)).not.toThrow();
    expect(kept.has(FIRST_FRAME_KEY)).toBe(false);
  });

  it('dropping works where there is no localStorage (a service worker)', () => {
    expect(() => dropFirstFrame(undefined)).not.toThrow();
  });

  it('reads the stamp from the popup URL it is written into', () => {
    expect(stampOf(new URL(stampedPopup('x1y2'), 'chrome-extension://id/').search)).toBe('x1y2');
    expect(stampOf('?s=x1y2')).toBe('x1y2');
    expect(stampOf('')).toBe('');
    expect(stampOf('?other=1')).toBe('');
  });
});

describe('the theme cache', () => {
  it('applies the theme last applied in any page, and nothing for system or junk', () => {
    const root = document.createElement('html');
    cacheTheme('dark');
    applyCachedTheme(root);
    expect(root.dataset.theme).toBe('dark');
    for (const value of ['system', '"><img>', '']) {
      const fresh = document.createElement('html');
      cacheTheme(value as ThemePreference); // junk as a stored value could be
      applyCachedTheme(fresh);
      expect(fresh.dataset.theme).toBeUndefined();
    }
  });
});

describe('first frame: shown, then cleared', () => {
  it('draws the kept frame inert, in its language, with the times as of now', () => {
    const capturedAt = Date.UTC(2026, 10, 1);
    document.documentElement.lang = 'ja';
    saveFirstFrame(appWith(listMarkup(2, capturedAt)), 'abc');
    document.documentElement.lang = 'en';

    const app = document.getElementById('app')!;
    const now = capturedAt + 3 * HOUR;
    expect(showFirstFrame(app, '?s=abc', now)).toBe(true);
    expect(app.hasAttribute(FIRST_FRAME_ATTRIBUTE)).toBe(true);
    expect(app.querySelector('main.popup')?.hasAttribute('inert')).toBe(true);
    expect(app.querySelectorAll('.todo-text')).toHaveLength(2);
    expect(app.querySelector('time')?.textContent).toBe(relativeTime(capturedAt, now, 'ja'));
    expect(document.documentElement.lang).toBe('ja');

    clearFirstFrame(app);
    expect(app.childNodes).toHaveLength(0);
    expect(app.hasAttribute(FIRST_FRAME_ATTRIBUTE)).toBe(false);
  });

  it('shows nothing, and leaves #app alone, when no frame applies', () => {
    saveFirstFrame(appWith(listMarkup(2)), 'abc');
    const app = document.getElementById('app')!;
    app.textContent = 'untouched';
    expect(showFirstFrame(app, '?s=changed')).toBe(false);
    expect(app.textContent).toBe('untouched');
    clearFirstFrame(app);
    expect(app.textContent).toBe('untouched');
  });

  it('a record with a broken tree shows nothing', () => {
    saveFirstFrame(appWith(listMarkup(2)), 'abc');
    const record = JSON.parse(localStorage.getItem(FIRST_FRAME_KEY)!);
    record.tree = [['bad tag!', [], []]];
    localStorage.setItem(FIRST_FRAME_KEY, JSON.stringify(record));
    const app = document.getElementById('app')!;
    expect(showFirstFrame(app, '?s=abc')).toBe(false);
    expect(app.childNodes).toHaveLength(0);
  });
});

describe('first frame: a browser that blocks localStorage', () => {
  it('neither shows, saves nor drops anything, and never throws', () => {
    const blocked = vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    try {
      const app = document.getElementById('app')!;
      expect(() => saveFirstFrame(appWith(listMarkup(2)), 'abc')).not.toThrow();
      expect(showFirstFrame(app, '?s=abc')).toBe(false);
      expect(readFirstFrame('abc')).toBeUndefined();
      expect(() => dropFirstFrame()).not.toThrow();
      expect(() => applyCachedTheme()).not.toThrow();
    } finally {
      // A failed expectation must not leave localStorage blocked for the other tests' hooks.
      blocked.mockRestore();
    }
  });
});

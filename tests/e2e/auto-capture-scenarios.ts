import { expect, it } from 'vitest';
import { NOTHING_HAPPENS_MS, sleep, waitFor, type Driver } from './auto-capture-driver';
import { NEWS_SLUGS, newsPages } from './auto-capture-pages';
import { SEED_EXPECTED, SEED_FORBIDDEN } from './environment';
import type { DbSnapshot } from './extension-db';

/**
 * The address the seed article is stored under: the page's own. Its <link rel=canonical> names
 * another host, which the background ignores (a page may not write into another site's article).
 */
const seedArticleUrl = (origin: string) => `${origin}/seed.html`;
const SAVED = /^(\d+) to-dos? saved$/;

function articleAt(db: DbSnapshot, url: string) {
  return db.articles.find((a) => a.url === url);
}

function liveTodos(db: DbSnapshot, articleId: string | undefined): string[] {
  return db.todos.filter((t) => t.articleId === articleId && !t.deleted).map((t) => t.text);
}

interface Env<Tab> {
  driver: Driver<Tab>;
  origin: string;
}

/** Writes settings the way the extension's pages do (same storage keys), then waits for registration. */
async function setSettings<Tab>(driver: Driver<Tab>, values: Record<string, unknown>): Promise<void> {
  await driver.inExtension((v) => chrome.storage.local.set(v), values);
}

async function registeredExcludes<Tab>(driver: Driver<Tab>): Promise<string[]> {
  return driver.inExtension(async () => {
    const [script] = await chrome.scripting.getRegisteredContentScripts();
    return script?.excludeMatches ?? [];
  }, null);
}

/**
 * The end-to-end cases, in one browser profile, in order: each leaves the database in
 * a known state for the next.
 */
export function autoCaptureScenarios<Tab>(env: () => Env<Tab>): void {
  it('captures an advice page, shows the notice in a closed shadow root, and Undo removes the capture', async () => {
    const { driver, origin } = env();
    const SEED_ARTICLE_URL = seedArticleUrl(origin);
    const tab = await driver.open(`${origin}/seed.html`);
    const text = await waitFor(() => driver.noticeText(tab), 'the notice');
    const db = await driver.db();
    const article = articleAt(db, SEED_ARTICLE_URL);
    const todos = liveTodos(db, article?.id);
    for (const expected of SEED_EXPECTED) expect(todos, expected).toContain(expected);
    expect(todos.filter((t) => SEED_FORBIDDEN.test(t))).toEqual([]);
    expect(text).toMatch(SAVED);
    // Explainable: the detector's reasons and its time are kept with the article.
    expect(article?.reasons.length).toBeGreaterThan(0);
    expect(article?.analysisMs).toBeGreaterThan(0);
    console.info(`seed analysed in ${article?.analysisMs} ms`);
    expect(Number(SAVED.exec(text)?.[1])).toBe(todos.length);
    // The page sees only an empty host: no shadowRoot to read, fixed so nothing moves.
    expect(
      await driver.inPage(tab, () => {
        const host = document.querySelector('actionable-notice');
        return host ? { shadow: host.shadowRoot, position: getComputedStyle(host).position } : null;
      }),
    ).toEqual({ shadow: null, position: 'fixed' });

    expect(await driver.clickNotice(tab, 'Undo')).toBe(true);
    await waitFor(async () => {
      const after = await driver.db();
      return articleAt(after, SEED_ARTICLE_URL) === undefined && after.todos.length === 0 ? true : undefined;
    }, 'Undo to remove the article and its to-dos');
    expect(await driver.noticeText(tab)).toMatch(/undone/i);
    await driver.close(tab);
  });

  it('the probe: seed and non-advice pages visited, the popup lists the seed’s to-dos only', async () => {
    const { driver, origin } = env();
    const SEED_ARTICLE_URL = seedArticleUrl(origin);
    const others = ['/plain.html', '/basil.html', '/spa/shell.html', ...Object.keys(newsPages())];
    // One page after another, as a reader would: the seed first, then the others.
    const tabs = [await driver.open(`${origin}/seed.html`)];
    await waitFor(async () => (articleAt(await driver.db(), SEED_ARTICLE_URL) ? true : undefined), 'the seed capture');
    for (const path of others) {
      tabs.push(await driver.open(`${origin}${path}`));
      await sleep(NOTHING_HAPPENS_MS / 3);
    }
    await sleep(NOTHING_HAPPENS_MS);
    const db = await driver.db();
    expect(db.articles.map((a) => a.url)).toEqual([SEED_ARTICLE_URL]);
    const listed = await driver.popupTodos();
    const seedTodos = liveTodos(db, db.articles[0]?.id);
    for (const expected of SEED_EXPECTED) expect(listed.filter((t) => t === expected), expected).toHaveLength(1);
    expect(listed.filter((t) => !seedTodos.includes(t))).toEqual([]);
    expect(listed.filter((t) => SEED_FORBIDDEN.test(t))).toEqual([]);
    for (const tab of tabs) await driver.close(tab);
  });

  it.skipIf(Object.keys(newsPages()).length === 0)(
    `news pages from ../shared/corpus/dev (${NEWS_SLUGS.join(', ')}) capture nothing`,
    async () => {
      const { driver, origin } = env();
      const before = (await driver.db()).articles.length;
      for (const path of Object.keys(newsPages())) {
        const tab = await driver.open(`${origin}${path}`);
        await sleep(NOTHING_HAPPENS_MS / 2);
        expect(await driver.noticeText(tab), path).toBeUndefined();
        await driver.close(tab);
      }
      await sleep(NOTHING_HAPPENS_MS / 2);
      expect((await driver.db()).articles).toHaveLength(before);
    },
  );

  it('"Never on this site" from the notice blocks the site: the next visit captures nothing', async () => {
    const { driver, origin } = env();
    const url = `${origin}/seed-copy.html`;
    const first = await driver.open(url);
    await waitFor(() => driver.noticeText(first), 'the notice');
    expect(await driver.clickNotice(first, 'Never on this site')).toBe(true);
    await waitFor(async () => ((await driver.noticeText(first))?.includes('127.0.0.1') ? true : undefined), 'the blocked answer');
    expect(await driver.inExtension(() => chrome.storage.local.get('blockedSites'), null)).toEqual({ blockedSites: ['127.0.0.1'] });
    await waitFor(async () => ((await registeredExcludes(driver)).includes('http://127.0.0.1/*') ? true : undefined), 'the exclusion');
    expect(await driver.clickNotice(first, 'Undo')).toBe(true);
    await waitFor(async () => (articleAt(await driver.db(), url) ? undefined : true), 'the undo');
    await driver.close(first);

    const again = await driver.open(url);
    await sleep(NOTHING_HAPPENS_MS);
    expect(articleAt(await driver.db(), url)).toBeUndefined();
    expect(await driver.noticeText(again)).toBeUndefined();
    await driver.close(again);

    await setSettings(driver, { blockedSites: [] });
    await waitFor(async () => ((await registeredExcludes(driver)).length === 0 ? true : undefined), 'the unblock');
  });

  it('career scope skips non-career advice that an "any advice" run captures; Escape dismisses the notice', async () => {
    const { driver, origin } = env();
    const url = `${origin}/basil.html`;
    const career = await driver.open(url);
    await sleep(NOTHING_HAPPENS_MS);
    expect(articleAt(await driver.db(), url)).toBeUndefined();
    await driver.close(career);

    await setSettings(driver, { captureScope: 'all' });
    const all = await driver.open(url);
    await waitFor(async () => (liveTodos(await driver.db(), articleAt(await driver.db(), url)?.id).length ? true : undefined), 'the basil capture');
    await waitFor(() => driver.noticeText(all), 'the notice');
    await driver.pressEscape(all);
    await waitFor(async () => ((await driver.noticeText(all)) === undefined ? true : undefined), 'Escape to dismiss the notice');
    await driver.close(all);
    await setSettings(driver, { captureScope: 'career' });
  });

  it('a single-page app that swaps in an article with history.pushState is captured once', async () => {
    const { driver, origin } = env();
    const tab = await driver.open(`${origin}/spa/shell.html`);
    await sleep(NOTHING_HAPPENS_MS / 2);
    expect(articleAt(await driver.db(), `${origin}/spa/shell.html`)).toBeUndefined();
    await driver.inPage(tab, () => (document.getElementById('open') as HTMLAnchorElement).click());
    const url = `${origin}/spa/article`;
    const first = await waitFor(async () => articleAt(await driver.db(), url), 'the SPA article capture');
    expect(liveTodos(await driver.db(), first.id)).toEqual(expect.arrayContaining(SEED_EXPECTED));
    await waitFor(() => driver.noticeText(tab), 'the notice');
    // Same address again (a fragment, a push to itself): no second analysis, no second capture.
    await driver.inPage(tab, () => {
      history.replaceState(null, '', `${location.pathname}#comments`);
      history.pushState(null, '', location.pathname);
    });
    await sleep(NOTHING_HAPPENS_MS);
    const db = await driver.db();
    expect(db.articles.filter((a) => a.url === url)).toEqual([first]);
    await driver.close(tab);
  });
}

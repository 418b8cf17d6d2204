/**
 * Bad backup files of every kind issue #8 names (corrupt, truncated, wrong version, oversized,
 * malicious), each made from a real, valid backup's text so only the one fault differs, with the
 * message the user must see. Shared by the unit test (tests/backup/bad-files.test.ts) and the
 * end-to-end import through the real options page (tests/e2e/import-bad-backups.test.ts).
 */

export type BadKind = 'corrupt' | 'truncated' | 'wrong version' | 'oversized' | 'malicious';

export interface BadBackup {
  kind: BadKind;
  name: string;
  /** The file's bytes. */
  bytes: Uint8Array;
  /** What the message after "Nothing was imported." must say. */
  message: RegExp;
}

/** Just over the 25 MB limit (lib/backup/backup-format.ts MAX_BACKUP_BYTES). */
const OVERSIZED_BYTES = 26 * 1024 * 1024;
/** One more to-do than a backup may hold (MAX_BACKUP_TODOS). */
const TOO_MANY_TODOS = 100_001;

const utf8 = (text: string) => new TextEncoder().encode(text);

function edited(good: string, change: (backup: Record<string, any>) => void): string {
  const backup = JSON.parse(good);
  change(backup);
  return JSON.stringify(backup);
}

/** `text` with `from` replaced; throws when `from` is absent, so no bad file is silently the good one. */
function replaced(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`bad-backups: ${from} not found in the backup`);
  return text.replace(from, to);
}

/** One kind of bad file: how to make it from a valid backup (compact JSON), and its message. */
export interface BadBackupRecipe {
  kind: BadKind;
  name: string;
  make: (good: string) => string | Uint8Array;
  /** What the message after "Nothing was imported." must say. */
  message: RegExp;
}

const notJson = /^The file is not valid JSON: it may be truncated or not an Actionable backup\.$/;

/** Every bad file, each from a valid backup with at least one article and one to-do. */
export const BAD_BACKUPS: readonly BadBackupRecipe[] = (
  [
    ['corrupt', 'a broken structure', (good: string) => replaced(good, '"articles":', '"articles";'), notJson],
    ['corrupt', 'binary garbage', () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256), notJson],
    ['corrupt', 'an empty file', () => '', notJson],
    ['corrupt', 'another JSON file', () => '{"name":"my-app","version":"1.0.0"}', /^This is not an Actionable backup file\.$/],
    ['corrupt', 'a to-do whose article is missing', (good: string) => edited(good, (b) => (b.todos[0].articleId = 'nowhere')), /^The backup is damaged: todos\[0\] belongs to no article in the file\.$/],
    ['corrupt', 'a done state that is not 0 or 1', (good: string) => edited(good, (b) => (b.todos[0].done = 'yes')), /^The backup is damaged: todos\[0\]\.done is not 0 or 1\.$/],
    ['truncated', 'cut in half', (good: string) => good.slice(0, Math.floor(good.length / 2)), notJson],
    ['truncated', 'one byte short', (good: string) => good.slice(0, -1), notJson],
    ['truncated', 'the first 200 bytes', (good: string) => good.slice(0, 200), notJson],
    ['wrong version', 'from a newer Actionable', (good: string) => edited(good, (b) => (b.version = 2)), /^This backup was made by a newer version of Actionable \(format 2\); update Actionable first\.$/],
    ['wrong version', 'of an unknown older format', (good: string) => edited(good, (b) => (b.version = 0)), /^This backup's format version 0 is not supported\.$/],
    ['wrong version', 'with the version as text', (good: string) => edited(good, (b) => (b.version = '1')), /^This backup's format version "1" is not a number: the file is damaged\.$/],
    ['oversized', 'over 25 MB', (good: string) => replaced(good, '{', `{"padding":"${'x'.repeat(OVERSIZED_BYTES)}",`), /^The file is larger than 25 MB: it is not an Actionable backup\.$/],
    ['oversized', `${TOO_MANY_TODOS.toLocaleString('en')} to-dos`, (good: string) => edited(good, (b) => (b.todos = new Array(TOO_MANY_TODOS).fill(0))), /^The backup is damaged: todos has more than 100000 entries\.$/],
    ['malicious', 'a __proto__ setting', (good: string) => replaced(good, '"settings":{', '"settings":{"__proto__":{"captureScope":"all"},'), /^This file uses the name "__proto__", which no Actionable backup has: it was not made by Actionable\.$/],
    ['malicious', 'a __proto__ key in a to-do, written as escapes', (good: string) => replaced(good, '"todos":[{', '"todos":[{"\\u005f_proto__":{"done":1},'), /uses the name "__proto__"/],
    ['malicious', 'a constructor.prototype chain in an article', (good: string) => edited(good, (b) => (b.articles[0].constructor = { prototype: { isAdmin: true } })), /uses the name "constructor"/],
    ['malicious', 'a prototype key at the top', (good: string) => edited(good, (b) => (b.prototype = { polluted: true })), /uses the name "prototype"/],
    ['malicious', 'HTML in a javascript: link', (good: string) => edited(good, (b) => (b.articles[0].url = 'javascript:document.body.innerHTML="<img src=x onerror=alert(1)>"')), /^The backup is damaged: articles\[0\]\.url is not a web address\.$/],
  ] as const
).map(([kind, name, make, message]) => ({ kind: kind as BadKind, name, make, message }));

/** Every bad file made from a valid backup's text (exported, so possibly indented). */
export function badBackups(backupText: string): BadBackup[] {
  const good = JSON.stringify(JSON.parse(backupText));
  return BAD_BACKUPS.map(({ kind, name, make, message }) => {
    const content = make(good);
    return { kind, name, bytes: typeof content === 'string' ? utf8(content) : content, message };
  });
}

/** Markup and script in a string field: shown literally, never run. */
export const HTML_PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

/**
 * A valid backup with HTML in every text field of every row (ids, keys and the site included),
 * a web address carrying markup in its query, and one to-do per article in place of the file's
 * own. Valid otherwise: it imports, and every string must then be shown as text.
 */
export function htmlEverywhere(good: string): string {
  return edited(good, (b) => {
    b.articles = b.articles.map((a: Record<string, any>, i: number) => ({
      ...a,
      id: `${HTML_PAYLOAD}a${i}`,
      url: `https://example.com/${i}?q=<script>window.__pwned=3</script>`,
      pageUrl: undefined,
      title: `${HTML_PAYLOAD} title ${i}`,
      site: `<b>site</b>${i}`,
      lang: '<i>ja</i>',
      reasons: [HTML_PAYLOAD],
      deletedAt: undefined,
    }));
    const ids = b.articles.map((a: Record<string, any>) => a.id as string);
    b.todos = ids.map((articleId: string, i: number) => ({
      id: `${HTML_PAYLOAD}t${i}`,
      articleId,
      text: `${HTML_PAYLOAD} to-do ${i}`,
      detail: `${HTML_PAYLOAD} detail`,
      section: `<h1>${i}</h1>`,
      quote: `<a href="javascript:alert(1)">quote ${i}</a>`,
      position: 0,
      done: 0,
      createdAt: 1,
      updatedAt: 1,
      key: `${HTML_PAYLOAD}key${i}`,
    }));
  });
}

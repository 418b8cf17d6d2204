import { Dexie } from 'dexie';
import { ActionableDB } from '../../../db/database';
import { importBackup } from '../../../db/import-backup';
import { searchLines } from '../../../db/search-lines';
import { makeBackup } from '../../../lib/backup/backup-format';
import { parseBackup } from '../../../lib/backup/parse-backup';
import { importBackupFile } from '../../../lib/data-files';
import { bareWrite, clean } from './bare-idb';
import { fakeRows } from './fake-rows';

// Bundled and evaluated in an extension page by scripts/bench/db-only.ts --probe: where a
// 10,000-to-do restore spends its time, next to floors (the same rows written by bare IndexedDB,
// and by a Dexie without the sync hooks). Scratch databases only.

const SCRATCH = 'actionable-bench-probe';
const PER_ARTICLE = 10;

export const RESTORE_PROBE_GLOBAL = '__actionableRestoreProbe';

/** `count` to-dos (ten an article) and their articles, as db/store-capture.ts writes them. */
function probeRows(count: number) {
  const rows = fakeRows(Math.ceil(count / PER_ARTICLE), PER_ARTICLE, Date.now());
  return { todoRows: rows.todos.slice(0, count), articleRows: rows.articles };
}

function backupText(count: number): string {
  const { todoRows, articleRows } = probeRows(count);
  return JSON.stringify(makeBackup(articleRows, todoRows, {}), null, 1);
}

async function freshActionable(): Promise<ActionableDB> {
  await Dexie.delete(SCRATCH);
  const db = new ActionableDB(SCRATCH);
  await db.open();
  return db;
}

/** The same stores and indexes as ActionableDB v5, without the sync hooks. */
async function freshPlainDexie(): Promise<Dexie> {
  await Dexie.delete(SCRATCH);
  const db = new Dexie(SCRATCH);
  db.version(5).stores({
    articles: 'id, capturedAt, site, deletedAt',
    todos: 'id, &[articleId+key], dueAt, deletedAt',
    syncTombstones: '[articleId+todoId], at',
  });
  await db.open();
  return db;
}

type RawSchema = { unique?: boolean; others?: boolean };

function freshRaw(schema: RawSchema = { unique: true, others: true }): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const del = indexedDB.deleteDatabase(SCRATCH);
    del.onerror = () => reject(del.error);
    del.onsuccess = () => {
      const open = indexedDB.open(SCRATCH, 1);
      open.onupgradeneeded = () => {
        const db = open.result;
        const articles = db.createObjectStore('articles', { keyPath: 'id' });
        articles.createIndex('capturedAt', 'capturedAt');
        articles.createIndex('site', 'site');
        articles.createIndex('deletedAt', 'deletedAt');
        const todos = db.createObjectStore('todos', { keyPath: 'id' });
        if (schema.unique) todos.createIndex('[articleId+key]', ['articleId', 'key'], { unique: true });
        if (schema.others) todos.createIndex('dueAt', 'dueAt');
        if (schema.others) todos.createIndex('deletedAt', 'deletedAt');
      };
      open.onerror = () => reject(open.error);
      open.onsuccess = () => resolve(open.result);
    };
  });
}

async function timed(action: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await action();
  return Math.round((performance.now() - start) * 10) / 10;
}

/** One transaction bulk-adding the to-dos then the articles through Dexie (hooks or none, as `db` has); closes `db`. */
async function dexieBulkAdd(db: Dexie, todoRows: object[], articleRows: object[]): Promise<number> {
  const ms = await timed(() =>
    db.transaction('rw', 'articles', 'todos', async () => {
      await db.table('todos').bulkAdd(todoRows);
      await db.table('articles').bulkAdd(articleRows);
    }),
  );
  db.close();
  return ms;
}

/** One transaction adding (or putting) the to-dos, then the articles: one request per row. */
function addInOne(raw: IDBDatabase, todoRows: object[], articleRows: object[], durability: IDBTransactionDurability, method: 'add' | 'put'): Promise<void> {
  return bareWrite(raw, [{ store: 'todos', rows: todoRows, method }, { store: 'articles', rows: articleRows, method }], durability);
}

/** The rows written by bare IndexedDB into a fresh database: in one transaction, or the to-dos split into `chunks` one after another. */
async function rawAdd(schema: RawSchema, todoRows: object[], articleRows: object[], durability: IDBTransactionDurability = 'default', method: 'add' | 'put' = 'add', chunks = 1): Promise<number> {
  const raw = await freshRaw(schema);
  const size = Math.ceil(todoRows.length / chunks);
  const ms = await timed(async () => {
    for (let i = 0; i < chunks; i++) await addInOne(raw, todoRows.slice(i * size, (i + 1) * size), i === 0 ? articleRows : [], durability, method);
  });
  raw.close();
  return ms;
}

const probe = {
  /**
   * 10,000 to-dos and 1,000 articles written by bare IndexedDB, one way (for a CPU measurement
   * around it): `full` as the schema has them; `undef` with the eight `undefined` fields a parsed
   * row used to carry; `put`, `relaxed` (durability), `unique_only`, `others_only`, `no_index`;
   * `tiny_full` rows of only the indexed fields; `ids_no_index` rows of only the key, no articles;
   * `one_row` all 10,000 to-dos in a single value (the same bytes, one request); `chunks_10` the
   * full rows in 10 transactions one after another (is it the transaction's size, or the rows?).
   */
  async variant(which: string): Promise<number> {
    const rows = fakeRows(1000, PER_ARTICLE, Date.now());
    const all = { unique: true, others: true };
    switch (which) {
      case 'full': return rawAdd(all, rows.todos, rows.articles);
      case 'undef': {
        const unset = { detail: undefined, section: undefined, quote: undefined, dueAt: undefined, doneAt: undefined, remindedAt: undefined, deletedAt: undefined, syncClock: undefined };
        return rawAdd(all, rows.todos.map((t) => ({ ...t, ...unset })), rows.articles);
      }
      case 'put': return rawAdd(all, rows.todos, rows.articles, 'default', 'put');
      case 'relaxed': return rawAdd(all, rows.todos, rows.articles, 'relaxed');
      case 'unique_only': return rawAdd({ unique: true }, rows.todos, rows.articles);
      case 'others_only': return rawAdd({ others: true }, rows.todos, rows.articles);
      case 'no_index': return rawAdd({}, rows.todos, rows.articles);
      case 'tiny_full': return rawAdd(all, rows.todos.map((t) => ({ id: t.id, articleId: t.articleId, key: t.key })), rows.articles);
      case 'ids_no_index': return rawAdd({}, rows.todos.map((t) => ({ id: t.id })), []);
      case 'one_row': return rawAdd({}, [{ id: 'x', todos: rows.todos }], []);
      case 'chunks_10': return rawAdd(all, rows.todos, rows.articles, 'default', 'add', 10);
      default: throw new Error(`no variant ${which}`);
    }
  },
  /** The text of a backup of `count` to-dos, kept for restore(). */
  text: '',
  prepare(count: number): number {
    probe.text = backupText(count);
    return probe.text.length;
  },
  /** The prepared text's rows written to an empty database by bare IndexedDB: the floor. */
  async raw(): Promise<number> {
    const parsed = parseBackup(probe.text);
    if (!parsed.ok) throw new Error(parsed.message);
    return rawAdd({ unique: true, others: true }, parsed.backup.todos.map(clean), parsed.backup.articles.map(clean));
  },
  /** One restore of the prepared text into an empty database (for a CPU profile around it). */
  async restore(): Promise<number> {
    const db = await freshActionable();
    const ms = await timed(async () => {
      const outcome = await importBackupFile(db, probe.text);
      if (!outcome.ok) throw new Error(outcome.message);
    });
    db.close();
    await Dexie.delete(SCRATCH);
    return ms;
  },
  /** The same 10,000 + 1,000 rows written three ways, interleaved: what Dexie and its hooks add. */
  async writes(count: number): Promise<Record<string, number>> {
    const { todoRows, articleRows } = probeRows(count);
    const out: Record<string, number> = {};
    out.raw = await rawAdd({ unique: true, others: true }, todoRows, articleRows);
    out.dexie_hooks = await dexieBulkAdd(await freshActionable(), todoRows, articleRows);
    out.dexie_plain = await dexieBulkAdd(await freshPlainDexie(), todoRows, articleRows);
    await Dexie.delete(SCRATCH);
    return out;
  },
  /** Bare IndexedDB variants, interleaved: which part of a row's write costs. */
  async idb(count: number): Promise<Record<string, number>> {
    const { todoRows, articleRows } = probeRows(count);
    const tiny = todoRows.map((t) => ({ id: t.id, articleId: t.articleId, key: t.key }));
    const out: Record<string, number> = {};
    out.full = await rawAdd({ unique: true, others: true }, todoRows, articleRows);
    out.relaxed = await rawAdd({ unique: true, others: true }, todoRows, articleRows, 'relaxed');
    out.strict = await rawAdd({ unique: true, others: true }, todoRows, articleRows, 'strict');
    out.unique_only = await rawAdd({ unique: true }, todoRows, articleRows);
    out.no_index = await rawAdd({}, todoRows, articleRows);
    out.tiny_full = await rawAdd({ unique: true, others: true }, tiny, articleRows);
    out.tiny_no_index = await rawAdd({}, tiny, articleRows);
    out.articles_only = await rawAdd({ unique: true, others: true }, [], articleRows);
    await Dexie.delete(SCRATCH);
    return out;
  },

  /** One round of every measurement; call several times and take medians outside. */
  async round(count: number): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    const text = backupText(count);
    out.text_mb = Math.round(text.length / 1e4) / 100;
    out.json_parse = await timed(() => JSON.parse(text));
    let parsed = parseBackup(text);
    out.parse_backup = await timed(() => (parsed = parseBackup(text)));
    if (!parsed.ok) throw new Error(parsed.message);
    const { articles, todos } = parsed.backup;
    out.search_lines = await timed(() => {
      const by = new Map<string, typeof todos>();
      for (const t of todos) (by.get(t.articleId) ?? by.set(t.articleId, []).get(t.articleId)!).push(t);
      for (const a of articles) searchLines(by.get(a.id) ?? []);
    });

    let db = await freshActionable();
    out.import_backup = await timed(() => importBackup(db, parsed.ok ? parsed.backup : { articles: [], todos: [] }));
    db.close();

    db = await freshActionable();
    out.import_backup_file = await timed(() => importBackupFile(db, text));
    db.close();

    const todoRows = todos.map(clean);
    const articleRows = articles.map((a) => clean({ ...a, searchText: '' }));
    out.dexie_hooks_bulkadd = await dexieBulkAdd(await freshActionable(), todoRows, articleRows);
    out.dexie_plain_bulkadd = await dexieBulkAdd(await freshPlainDexie(), todoRows, articleRows);

    const raw = await freshRaw();
    out.raw_idb_add = await timed(() => addInOne(raw, todoRows, articleRows, 'default', 'add'));
    raw.close();
    await Dexie.delete(SCRATCH);
    return out;
  },
};

(globalThis as Record<string, unknown>)[RESTORE_PROBE_GLOBAL] = probe;
export type RestoreProbe = typeof probe;

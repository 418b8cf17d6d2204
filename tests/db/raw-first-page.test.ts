import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { listGroups, type TodoFilter } from '../../db/article-groups';
import { ActionableDB, type ArticleRow, type TodoRow } from '../../db/database';
import { readFirstPage } from '../../db/raw-first-page';
import { storeCapture } from '../../db/store-capture';
import { makeCapture } from '../helpers/capture-factory';

// The popup draws its first screen from readFirstPage (raw IndexedDB) and then hands over to
// listGroups (Dexie, live): the two must return the same page for the same rows, or the list
// would jump as the popup finishes loading.

let counter = 0;
const opened: ActionableDB[] = [];
/** A fresh database of its own for each case (fake-indexeddb, real IndexedDB semantics). */
async function freshDb(): Promise<ActionableDB> {
  const db = new ActionableDB(`raw-first-page-${++counter}`);
  opened.push(db);
  await db.open();
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await ActionableDB.delete(db.name);
  }
});

/** What one generated article is: its capture time (few distinct values, so batches split ties) and its to-dos. */
const articleArb = fc.record({
  capturedAt: fc.integer({ min: 0, max: 6 }),
  deleted: fc.boolean(),
  todos: fc.array(
    fc.record({
      position: fc.integer({ min: 0, max: 3 }),
      done: fc.constantFrom<0 | 1>(0, 1),
      deleted: fc.boolean(),
    }),
    { maxLength: 5 },
  ),
});

type ArticleSpec = typeof articleArb extends fc.Arbitrary<infer T> ? T : never;

function rowsOf(spec: ArticleSpec[]): { articles: ArticleRow[]; todos: TodoRow[] } {
  const articles: ArticleRow[] = [];
  const todos: TodoRow[] = [];
  spec.forEach((a, i) => {
    const id = `a${String(i).padStart(3, '0')}`;
    articles.push({
      id, url: `https://example.com/${i}`, title: `Article ${i}`, site: 'example.com', lang: 'en', career: 1, via: 'auto',
      reasons: [], capturedAt: a.capturedAt, updatedAt: a.capturedAt, analysisMs: 1, ...(a.deleted ? { deletedAt: 99 } : {}),
    });
    a.todos.forEach((t, j) => {
      todos.push({
        id: `${id}-t${j}`, articleId: id, text: `to-do ${j}`, key: `key ${(j * 7) % 5} ${j}`, position: t.position,
        done: t.done, createdAt: 1, updatedAt: 1, ...(t.done ? { doneAt: 2 } : {}), ...(t.deleted ? { deletedAt: 3 } : {}),
      });
    });
  });
  return { articles, todos };
}

/** IndexedDB 3.0's getAllRecords (Chromium has it, Firefox 140 not): the reader reads batches with it when there. */
const withGetAllRecords = 'getAllRecords' in IDBIndex.prototype;

/** Runs `test` with IDBIndex.getAllRecords hidden, as in a browser without it: the reader's cursor path. */
async function withoutGetAllRecords(test: () => Promise<void>): Promise<void> {
  const proto = IDBIndex.prototype as unknown as Record<string, unknown>;
  const original = Object.getOwnPropertyDescriptor(proto, 'getAllRecords');
  Object.defineProperty(proto, 'getAllRecords', { value: undefined, configurable: true });
  try {
    await test();
  } finally {
    if (original) Object.defineProperty(proto, 'getAllRecords', original);
    else delete proto.getAllRecords;
  }
}

describe.each([
  ['with getAllRecords', (test: () => Promise<void>) => test()],
  ['with a cursor (no getAllRecords)', withoutGetAllRecords],
])('readFirstPage (raw IndexedDB) returns what listGroups returns, %s', (_, setting) => {
  it('fake-indexeddb has getAllRecords, so both paths run', () => expect(withGetAllRecords).toBe(true));

  it('for any rows, filter and page size', () => setting(async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(articleArb, { maxLength: 30 }),
        fc.constantFrom<TodoFilter>('open', 'done', 'all'),
        fc.integer({ min: 0, max: 8 }),
        async (spec, filter, limit) => {
          const db = await freshDb();
          const { articles, todos } = rowsOf(spec);
          await db.articles.bulkAdd(articles);
          await db.todos.bulkAdd(todos);
          const raw = await readFirstPage({ filter, limit, name: db.name });
          expect(raw).toStrictEqual(await listGroups(db, { filter, limit }));
        },
      ),
      { numRuns: 100 },
    );
  }), 60_000);

  it('for the popup’s page: open to-dos of the newest 20 of 60 captured articles, several pages deep', () => setting(async () => {
    const db = await freshDb();
    for (let i = 0; i < 60; i++) {
      const capture = makeCapture([`first ${i}`, `second ${i}`, `third ${i}`], { canonicalUrl: `https://example.com/${i}`, title: `Tips ${i}` });
      // Every third article shares its capture time with the one before: ties across batches.
      await storeCapture(db, capture, 1000 + i - (i % 3 === 2 ? 1 : 0));
    }
    const articles = await db.articles.orderBy('capturedAt').reverse().toArray();
    // Everything done in the newest five: the first batch falls short and a second one is read.
    for (const article of articles.slice(0, 5)) await db.todos.where('articleId').equals(article.id).modify({ done: 1 });
    const raw = await readFirstPage({ name: db.name });
    const dexie = await listGroups(db, { filter: 'open', limit: 20 });
    expect(raw).toStrictEqual(dexie);
    expect(raw?.groups).toHaveLength(20);
    expect(raw?.groups[0]?.article.title).toBe('Tips 54');
    expect(raw?.hasMore).toBe(true);
  }));
});

describe('readFirstPage leaves the database to Dexie', () => {
  it('answers undefined on first run and creates no database', async () => {
    expect(await readFirstPage({ name: 'never-created' })).toBeUndefined();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('never-created');
  });

  it('answers undefined for a database without the list’s stores', async () => {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('other-shape', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('something');
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    expect(await readFirstPage({ name: 'other-shape' })).toBeUndefined();
    indexedDB.deleteDatabase('other-shape');
  });

  it('closes its connection: Dexie opens and writes right after', async () => {
    const db = await freshDb();
    await storeCapture(db, makeCapture(['one']), 1000);
    const name = db.name;
    db.close();
    expect((await readFirstPage({ name }))?.groups).toHaveLength(1);
    const again = new ActionableDB(name);
    await again.open();
    await storeCapture(again, makeCapture(['two'], { canonicalUrl: 'https://example.com/2' }), 2000);
    expect((await readFirstPage({ name }))?.groups.map((g) => g.todos[0]?.text)).toEqual(['two', 'one']);
    again.close();
  });
});

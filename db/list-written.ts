import type { DBCore, DBCoreTable, Middleware } from 'dexie';

/** The stores whose rows the popup's list shows. */
const LIST_TABLES = new Set(['todos', 'articles']);

/**
 * A DBCore middleware that calls `written` once after each committed transaction that wrote
 * to-dos or articles (add, put, delete, clear), in whatever page or worker wrote them. An aborted
 * transaction changed nothing and calls nothing.
 */
export function listWrittenMiddleware(written: () => void): Middleware<DBCore> {
  const watched = new WeakSet<object>();
  return {
    stack: 'dbcore',
    name: 'ListWritten',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name: string): DBCoreTable {
        const table = down.table(name);
        if (!LIST_TABLES.has(name)) return table;
        return {
          ...table,
          mutate(req) {
            // Dexie's IndexedDB core hands the native transaction down as `trans`.
            const tx = req.trans as unknown as EventTarget;
            if (!watched.has(tx) && typeof tx.addEventListener === 'function') {
              watched.add(tx);
              tx.addEventListener('complete', () => written());
            }
            return table.mutate(req);
          },
        };
      },
    }),
  };
}

/**
 * The IndexedDB database the extension's pages and background share. Apart from db/database.ts
 * so that a reader without Dexie (the popup's first screen, db/raw-first-page.ts) can name it
 * without loading Dexie.
 */
export const DB_NAME = 'actionable';

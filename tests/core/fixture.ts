import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePage } from '../../scripts/load-page';

/** Reads tests/fixtures/core/<name> as UTF-8. */
export function fixtureHtml(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/core/${name}`, import.meta.url)), 'utf8');
}

export function fixtureDoc(name: string): Document {
  return parsePage(fixtureHtml(name));
}

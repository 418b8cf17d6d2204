import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The two corpus sets the bench times; the holdout is used for timings and verdict counts only. */
export const CORPUS_SETS = ['dev', 'holdout'] as const;
export type CorpusSet = (typeof CORPUS_SETS)[number];

export interface CorpusPage {
  set: CorpusSet;
  slug: string;
  file: string;
  html: string;
  /** dev pages only: gold.json's is_advice. Holdout labels are never read. */
  goldAdvice?: boolean;
}

/** Where the shared corpus lives: $ACTIONABLE_CORPUS_ROOT or ../shared/corpus beside the repo. */
export function corpusRoot(): string {
  return resolve(process.env.ACTIONABLE_CORPUS_ROOT ?? '../shared/corpus');
}

function goldAdvice(dir: string): boolean | undefined {
  const file = join(dir, 'gold.json');
  if (!existsSync(file)) return undefined;
  const gold = JSON.parse(readFileSync(file, 'utf8')) as { is_advice?: unknown };
  return typeof gold.is_advice === 'boolean' ? gold.is_advice : undefined;
}

/** Every `<set>/<slug>/source.html`, read as UTF-8 (as scripts/load-page.ts does). */
export function loadCorpus(root = corpusRoot()): CorpusPage[] {
  const pages: CorpusPage[] = [];
  for (const set of CORPUS_SETS) {
    const dir = join(root, set);
    if (!existsSync(dir)) continue;
    for (const slug of readdirSync(dir).sort()) {
      const file = join(dir, slug, 'source.html');
      if (!existsSync(file)) continue;
      const page: CorpusPage = { set, slug, file, html: readFileSync(file, 'utf8') };
      // Labels only from dev: the holdout's split comes from analyzePage's own verdict.
      if (set === 'dev') page.goldAdvice = goldAdvice(join(dir, slug));
      pages.push(page);
    }
  }
  return pages;
}

/** A URL for a page that tells analyzePage nothing (labels and metadata stay unread). */
export function benchUrl(page: Pick<CorpusPage, 'set' | 'slug'>): string {
  return `http://127.0.0.1/${page.set}/${page.slug}.html`;
}

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzePage } from '../core/index';
import { loadPage } from './load-page';

/** What the fixed scorer reads for one page. */
export interface PagePrediction {
  is_advice: boolean;
  career: boolean;
  items: string[];
}

/** Budget for scripts: generous, since a cold Node process is slower than a warmed-up tab. */
const SCRIPT_BUDGET_MS = 2_000;

function urlOf(pageDir: string): string {
  const metaFile = join(pageDir, 'meta.json');
  if (!existsSync(metaFile)) return '';
  try {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as { url_if_known?: unknown };
    const url = typeof meta.url_if_known === 'string' ? meta.url_if_known.split(/\s/)[0]! : '';
    return /^https?:\/\//.test(url) ? url : '';
  } catch {
    return '';
  }
}

/** Predicts every `DIR/<page>/source.html`, scope 'all' (items for every advice page). */
export function predictDir(dir: string): Record<string, PagePrediction> {
  const out: Record<string, PagePrediction> = {};
  for (const name of readdirSync(dir).sort()) {
    const pageDir = join(dir, name);
    const source = join(pageDir, 'source.html');
    if (!statSync(pageDir).isDirectory() || !existsSync(source)) continue;
    const analysis = analyzePage(loadPage(source), urlOf(pageDir), { scope: 'all', budgetMs: SCRIPT_BUDGET_MS });
    out[name] = { is_advice: analysis.isAdvice, career: analysis.career, items: analysis.items.map((i) => i.text) };
  }
  return out;
}

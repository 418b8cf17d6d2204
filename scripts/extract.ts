// npm run extract -- page.html [--url URL] [--json]
// Prints the analysis of a saved page: verdict, reasons, then the numbered to-dos (or JSON).
import { existsSync, statSync } from 'node:fs';
import { analyzePage } from '../core/index';
import type { PageAnalysis } from '../core/types';
import { loadPage } from './load-page';
import { formatAnalysis } from './format-analysis';

interface Args {
  file?: string;
  url: string;
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { url: '', json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--url') args.url = argv[++i] ?? '';
    else if (!args.file) args.file = a;
  }
  return args;
}

function fail(message: string): never {
  console.error(`extract: ${message}`);
  process.exit(1);
}

const args = parseArgs(process.argv.slice(2));
if (!args.file) fail('usage: npm run extract -- page.html [--url URL] [--json]');
if (!existsSync(args.file) || !statSync(args.file).isFile()) fail(`cannot read ${args.file}: no such file`);
let analysis: PageAnalysis;
try {
  analysis = analyzePage(loadPage(args.file), args.url, { scope: 'all', budgetMs: 2_000 });
} catch (error) {
  fail(`cannot read ${args.file}: ${error instanceof Error ? error.message : String(error)}`);
}
console.log(args.json ? JSON.stringify(analysis, null, 2) : formatAnalysis(analysis));

// npm run eval [-- DIR] — predicts the dev corpus in-process and scores it with the fixed scorer.
// DIR defaults to $ACTIONABLE_CORPUS or ../shared/corpus/dev. Extra args go to score.mjs (e.g. --json).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { predictDir } from './predict-dir';

const args = process.argv.slice(2);
const dirArg = args[0] && !args[0].startsWith('--') ? args.shift()! : undefined;
const goldDir = resolve(dirArg ?? process.env.ACTIONABLE_CORPUS ?? '../shared/corpus/dev');
const scorer = resolve(process.env.ACTIONABLE_SCORER ?? join(goldDir, '../../tools/score.mjs'));

if (!existsSync(goldDir) || !existsSync(scorer)) {
  console.log(`eval: corpus not found at ${goldDir} (or scorer at ${scorer}); nothing to score.`);
  process.exit(0);
}
const tmp = mkdtempSync(join(tmpdir(), 'actionable-eval-'));
const predFile = join(tmp, 'predictions.json');
try {
  writeFileSync(predFile, JSON.stringify(predictDir(goldDir)));
  const run = spawnSync(process.execPath, [scorer, '--gold', goldDir, '--pred', predFile, ...args], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

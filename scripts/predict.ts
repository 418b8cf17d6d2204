// npm run --silent predict -- DIR > predictions.json
// Prints ONE JSON object: { "<page>": { is_advice, career, items: [to-do texts] } } for each DIR/<page>/source.html.
// (Plain `npm run` prints its "> actionable@… predict" banner to stdout too: use --silent.)
import { existsSync } from 'node:fs';
import { predictDir } from './predict-dir';

const dir = process.argv[2];
if (!dir || !existsSync(dir)) {
  console.error(dir ? `predict: no such folder: ${dir}` : 'usage: npm run --silent predict -- DIR');
  process.exit(1);
}
try {
  process.stdout.write(JSON.stringify(predictDir(dir), null, 1) + '\n');
} catch (error) {
  console.error(`predict: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

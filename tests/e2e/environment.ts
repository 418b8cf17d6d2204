import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SEED_PAGE = fileURLToPath(new URL('../../../shared/seed/seed-article.html', import.meta.url));
export const ARTIFACTS = `${ROOT}${process.env.ACTIONABLE_ARTIFACTS_DIR ?? "test-artifacts"}`;

export const CHROMIUM = '/usr/bin/chromium';
export const FIREFOX = '/usr/bin/firefox-esr';
const OUT = process.env.ACTIONABLE_OUT_DIR ?? '.output';
export const CHROME_BUILD = `${ROOT}${OUT}/chrome-mv3-e2e`;
export const FIREFOX_BUILD = `${ROOT}${OUT}/firefox-mv3-e2e`;
/** wxt.config.ts's gecko id: Firefox maps it to the fixed moz-extension UUID below. */
export const GECKO_ID = 'actionable@actionable.dev';
export const FIREFOX_UUID = '6f1c7f4e-3b0a-4d55-9a57-7c2b1e0a5d11';

/** Says why a browser's e2e tests are skipped, and how to get them to run. */
export function missing(binary: string, build: string): string | null {
  if (!existsSync(binary)) return `${binary} is not installed: run \`apt-get install -y chromium firefox-esr\` to run these tests`;
  if (!existsSync(build)) return `${build} is missing: run \`npm run build:e2e\` first`;
  return null;
}

/** The to-dos every user expects from the seed article (ケース1 and ケース3), and what must never appear. */
export const SEED_EXPECTED = [
  '記録を残す',
  '上司への報告',
  '社内規定の確認',
  '冷静さを保つ',
  'コミュニケーションスキル',
  '問題解決能力',
  'ストレスマネジメント',
  'クレーム対応スキル',
];
export const SEED_FORBIDDEN = /LINE|無料相談|あかりちゃん|コメント/;

/** Polls `check` until it returns a value that is not undefined, or fails after `timeoutMs`. */
export async function poll<T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

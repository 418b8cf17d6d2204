#!/usr/bin/env node
// `npm start`: after `npm run build`, opens Chromium with Actionable loaded in a fresh profile
// (or says how to load it by hand where there is no display or no Chromium).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const chrome = resolve('.output/chrome-mv3');
const firefox = resolve('.output/firefox-mv3');
const browser = ['/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => existsSync(p));
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

console.log(`Built:\n  Chrome:  ${chrome}\n  Firefox: ${firefox}\n  Store zips in .output/`);
if (!browser || !hasDisplay) {
  console.log(
    `\nTo use it: Chrome → chrome://extensions → Developer mode → "Load unpacked" → ${chrome}\n` +
      `           Firefox → about:debugging#/runtime/this-firefox → "Load Temporary Add-on…" → ${firefox}/manifest.json` +
      (hasDisplay ? '' : '\n(No display here, so no browser was opened.)'),
  );
  process.exit(0);
}
const profile = mkdtempSync(join(tmpdir(), 'actionable-profile-'));
console.log(`\nOpening ${browser} with Actionable loaded (profile ${profile})…`);
spawn(
  browser,
  [`--user-data-dir=${profile}`, `--disable-extensions-except=${chrome}`, `--load-extension=${chrome}`, '--no-first-run'],
  { stdio: 'inherit' },
).on('exit', (code) => process.exit(code ?? 0));

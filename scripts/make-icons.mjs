#!/usr/bin/env node
// Renders public/icon/*.png from the one SVG below with Debian's Chromium (run by hand when the
// icon changes; the PNGs are committed so builds need no browser).
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 96, 128];
const svg = (fill, mark) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
<rect x="4" y="4" width="120" height="120" rx="28" fill="${fill}"/>
<path d="M30 66 L54 90 L98 38" fill="none" stroke="${mark}" stroke-width="16" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [suffix, fill, mark] of [['', '#2f6f4f', '#ffffff'], ['-on-dark', '#e6ece9', '#1d2421']]) {
  writeFileSync(`public/icon/icon${suffix}.svg`, svg(fill, mark));
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg(fill, mark).replace('<svg ', `<svg width="${size}" height="${size}" `)}`);
    await page.screenshot({ path: `public/icon/${size}${suffix}.png`, omitBackground: true });
  }
}
await browser.close();
console.log('icons written to public/icon/');

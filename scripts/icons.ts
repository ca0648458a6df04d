/**
 * `npm run icons`: renders assets/icon.svg to the PNG sizes the manifest names
 * (public/icon/<size>.png), in Debian's headless Chromium as the end-to-end tests launch it,
 * so the toolbar and store icons are drawn from the one master. The PNGs are committed; run
 * this after changing the SVG.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ICON_SIZES } from '../lib/build/icon-sizes';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const svg = readFileSync(resolve('assets/icon.svg'), 'utf8');
const outDir = resolve('public/icon');
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(resolve(outDir, `${size}.png`), png);
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}

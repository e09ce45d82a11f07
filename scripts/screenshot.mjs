// node scripts/screenshot.mjs URL FILE [WIDTH] [HEIGHT]: a PNG of a page in Debian's headless Chromium,
// e.g. to refresh docs/screenshot-home.png from a running server.
import { chromium } from 'playwright-core';

const [url, file, width = '1280', height = '900'] = process.argv.slice(2);
if (url === undefined || file === undefined) {
  console.error('usage: node scripts/screenshot.mjs URL FILE [WIDTH] [HEIGHT]');
  process.exit(1);
}
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto(url, { waitUntil: 'networkidle' });
await page.screenshot({ path: file });
await browser.close();

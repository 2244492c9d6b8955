// Redraws media/icon.png (the extension's 128x128 icon) from media/icon.svg with headless Chromium.
// Run it after editing the SVG: `npm run build && node scripts/rasterize-icon.mjs`; the PNG is committed.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
// Compiled by `npm run build`.
import { chromiumPath } from '../out/test/helpers/chromium-path.js';

const svg = readFileSync('media/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
try {
    const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
    await page.setContent(`<body style="margin:0"><img id="icon" width="128" height="128" style="display:block" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`);
    await page.locator('#icon').screenshot({ path: 'media/icon.png', omitBackground: true });
} finally {
    await browser.close();
}

import { chromium } from '@playwright/test';
const [,, url, out, width = '375', scheme = 'light', js = '1', clipSel] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: Number(width), height: 800 }, colorScheme: scheme, javaScriptEnabled: js === '1' });
await p.goto('http://localhost:4351' + url);
await p.waitForTimeout(300);
if (clipSel) await p.locator(clipSel).first().screenshot({ path: out });
else await p.screenshot({ path: out });
await b.close();

// usage: node shot.mjs path width height scheme out [scrollY] [js=1]
import { chromium } from '@playwright/test';
const [path, w, h, scheme, out, y = '0', js = '1'] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme, javaScriptEnabled: js === '1' });
await p.goto('http://localhost:4400' + path);
await p.evaluate((y) => window.scrollTo(0, y), +y);
await p.screenshot({ path: out });
await b.close();

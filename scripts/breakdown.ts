import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, serveDist } from './lib/browser.ts';
const dist = join(process.cwd(), process.env.DIST ?? 'dist');
const server = await serveDist(Number(process.env.PORT ?? 4466), process.env.DIST ?? 'dist');
const browser = await launchBrowser();
const page = await browser.newPage();
page.on('console', (m) => console.log('console:', m.type(), m.text()));
await page.goto(`${server.url}smtp/550/`);
await page.waitForLoadState('networkidle');
const fetched: string[] = [];
page.on('requestfinished', (req) => fetched.push(new URL(req.url()).pathname));
await page.locator('input[type="search"]').first().fill(process.env.Q ?? 'mailbox full');
await page.locator('#search-panel li a').first().waitFor({ timeout: 20000 });
await page.waitForLoadState('networkidle');
let total = 0;
for (const p of [...new Set(fetched)]) {
  const b = readFileSync(join(dist, p.replace(/^\//, '')));
  const g = Math.min(b.length, gzipSync(b, { level: 9 }).length);
  total += g;
  console.log(`${(g / 1024).toFixed(1).padStart(7)} KB  ${p}`);
}
console.log('total', (total / 1024).toFixed(1));
console.log(await page.locator('#search-panel').innerText());
await browser.close(); server.stop();

/**
 * Saves every page type at 390 px and 1280 px, light and dark, into screenshots/ (git-ignored),
 * for review. Run `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, serveDist } from './lib/browser.ts';
import { projectRoot } from './lib/contentFiles.ts';

const PAGES = [
  ['index', ''],
  ['reply-550', 'smtp/550/'],
  ['reply-250', 'smtp/250/'],
  ['reply-421', 'smtp/421/'],
  ['enhanced-5.1.1', 'smtp/5.1.1/'],
  ['enhanced-4.2.2', 'smtp/4.2.2/'],
  ['comparison-550-vs-554', 'smtp/550-vs-554/'],
  ['comparison-334-vs-502', 'smtp/334-vs-502/'],
  ['not-found', 'no-such-page/'],
  ['search', '?q=550+5.1.1+User+unknown'],
] as const;

const out = join(projectRoot, 'screenshots');
mkdirSync(out, { recursive: true });
const server = await serveDist(Number(process.env.SCREENSHOT_PORT ?? 4390));
const browser = await launchBrowser();
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [390, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      for (const [name, path] of PAGES) {
        await page.goto(server.url + path);
        if (name === 'search') await page.locator('#search-panel li a').first().waitFor({ timeout: 15_000 }).catch(() => undefined);
        const file = join(out, `${name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: name !== 'search' });
        console.log(file);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.stop();
}

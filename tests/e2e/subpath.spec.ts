import { readFileSync } from 'node:fs';
import { pasteInto } from './pasteInto.ts';
import { expect, test } from '@playwright/test';

// Runs against dist-subpath/, built with BASE_PATH=/docs/smtp/ and served under that path.
test('the whole site works under a sub-path: index, code page, links', async ({ page }) => {
  await page.goto('./');
  await page.locator('a[href="/docs/smtp/smtp/550/"]').first().click();
  await expect(page).toHaveURL(/\/docs\/smtp\/smtp\/550\/$/);
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/docs\/smtp\/smtp\/550\/$/);
  await page.locator('a.brand').click();
  await expect(page).toHaveURL(/\/docs\/smtp\/$/);
});

test('search works under a sub-path: pasted code and text results', async ({ page }) => {
  await page.goto('smtp/250/');
  const box = page.locator('input[type="search"]').first();
  await box.fill('550 5.1.1 recipient address rejected');
  const panel = page.locator('#search-panel');
  await expect(panel.locator('.best-match a').first()).toHaveAttribute('href', '/docs/smtp/smtp/5.1.1/');
  await panel.locator('.more-results').click();
  await expect(panel.locator('li a').first()).toHaveAttribute('href', /^\/docs\/smtp\//, { timeout: 15_000 });
  await box.press('Enter');
  await expect(page).toHaveURL(/\/docs\/smtp\/smtp\/5\.1\.1\/$/);
});

test('short aliases and redirects stay under the sub-path', async ({ page }) => {
  await page.goto('421/');
  await expect(page).toHaveURL(/\/docs\/smtp\/smtp\/421\/$/);
});

test('the bounce reader works under a sub-path: links, ticket text and permalink stay under it', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const dsn = readFileSync(new URL('./fixtures/reader/lhost-postfix-13.eml', import.meta.url), 'utf8');
  await page.goto('read/');
  await page.locator('#reader-paste').fill(dsn);
  await page.getByRole('button', { name: 'Read', exact: true }).click();
  const rows = page.locator('[data-reader-rows] tr');
  await expect(rows).toHaveCount(2, { timeout: 20_000 });
  await expect(rows.nth(0).locator('.reader-links a').first()).toHaveAttribute('href', '/docs/smtp/smtp/5.2.1/#how-to-fix');
  const link = await page.locator('[data-reader-permalink]').inputValue();
  expect(link.startsWith(`${new URL(baseURL!).origin}/docs/smtp/read/#r=`)).toBe(true);
  await page.getByRole('button', { name: 'Copy for ticket' }).click();
  await expect(page.locator('#copy-status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`Read: ${new URL(baseURL!).origin}/docs/smtp/smtp/5.2.1/#how-to-fix`);
  // The header box hands a multi-line paste to the reader under the sub-path too.
  await page.goto('smtp/550/');
  await pasteInto(page.locator('input[type="search"]').first(), dsn);
  await expect(page).toHaveURL(/\/docs\/smtp\/read\/$/);
  await expect(rows).toHaveCount(2, { timeout: 20_000 });
});

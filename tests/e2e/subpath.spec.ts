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

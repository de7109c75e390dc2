import { expect, test } from '@playwright/test';

test('searching a word finds the pages about it (authentication → 334)', async ({ page }) => {
  await page.goto('./');
  const box = page.locator('input[type="search"]').first();
  await box.fill('authentication');
  const panel = page.locator('#search-panel');
  await expect(panel).toBeVisible();
  await expect(panel.locator('li a').first()).toBeVisible({ timeout: 15_000 });
  // Results come a page at a time; keep asking for more until 334 shows up or none are left.
  const target = panel.locator('a[href$="/smtp/334/"]');
  for (let i = 0; i < 30 && (await target.count()) === 0; i++) {
    const more = panel.locator('.more-results');
    if ((await more.count()) === 0) break;
    const shown = await panel.locator('li').count();
    await more.click();
    await expect.poll(() => panel.locator('li').count()).toBeGreaterThan(shown);
  }
  await expect(target).toHaveCount(1);
});

test('"/" focuses the search box', async ({ page }) => {
  await page.goto('smtp/550/');
  await page.keyboard.press('/');
  await expect(page.locator('input[type="search"]').first()).toBeFocused();
});

test('a paste with a code shows its page at once and loads the text index only on request', async ({ page }) => {
  await page.goto('./');
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  await page.locator('input[type="search"]').first().fill('550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown');
  const panel = page.locator('#search-panel');
  await expect(panel.locator('.best-match a').first()).toHaveAttribute('href', /\/smtp\/5\.1\.1\/$/);
  expect(loaded.some((p) => p.includes('/pagefind/'))).toBe(false);
  await panel.getByRole('button', { name: /Also search pages for/ }).click();
  await expect(panel.locator('li a').first()).toBeVisible({ timeout: 15_000 });
  expect(loaded.some((p) => p.includes('/pagefind/'))).toBe(true);
});

test('typing "554 vs 550" offers the comparison and Enter opens it', async ({ page }) => {
  await page.goto('smtp/421/');
  const box = page.locator('input[type="search"]').first();
  await box.fill('554 vs 550');
  await expect(page.locator('#search-panel .best-match a')).toHaveAttribute('href', /\/smtp\/550-vs-554\/$/);
  await box.press('Enter');
  await expect(page).toHaveURL(/\/smtp\/550-vs-554\/$/);
});

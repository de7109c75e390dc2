import { expect, test } from '@playwright/test';

test('searching a word finds the pages about it (authentication → 334)', async ({ page }) => {
  await page.goto('./');
  const box = page.locator('input[type="search"]').first();
  await box.fill('authentication');
  const panel = page.locator('#search-panel');
  await expect(panel).toBeVisible();
  await expect(panel.locator('a[href$="/smtp/334/"]')).toHaveCount(1, { timeout: 15_000 });
});

test('"/" focuses the search box', async ({ page }) => {
  await page.goto('smtp/550/');
  await page.keyboard.press('/');
  await expect(page.locator('input[type="search"]').first()).toBeFocused();
});

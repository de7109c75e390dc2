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

test('a pasted line is read for what its words say: a blocklisted IP is not a bad address', async ({ page }) => {
  await page.goto('./');
  const box = page.locator('input[type="search"]').first();
  await box.fill('550 5.7.1 Service unavailable; client [192.0.2.22] blocked using zen.spamhaus.org');
  const card = page.locator('#search-panel .best-match');
  await expect(card.locator('a').first()).toHaveAttribute('href', /\/smtp\/5\.7\.1\/$/);
  const reading = card.locator('.search-reading');
  await expect(reading.locator('.badge')).toHaveText('Fix your sending');
  await expect(reading).toContainText('zen.spamhaus.org');
  await expect(reading).toContainText('do not remove it');
});

test('a generic code with specific words also links the page of what the words say', async ({ page }) => {
  await page.goto('smtp/550/');
  const box = page.locator('input[type="search"]').first();
  await box.fill('554 5.0.0 Recipient address rejected: User unknown');
  const card = page.locator('#search-panel .best-match');
  await expect(card.locator('a').first()).toHaveAttribute('href', /\/smtp\/5\.0\.0\/$/);
  await expect(card.locator('.search-reading .badge')).toHaveText('Remove the address');
  await expect(card.getByRole('link', { name: '5.1.1: Bad destination mailbox address' })).toHaveAttribute('href', /\/smtp\/5\.1\.1\/$/);
  // A specific code that agrees with the words needs no second page.
  await box.fill('550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown');
  await expect(card.locator('a').first()).toHaveAttribute('href', /\/smtp\/5\.1\.1\/$/);
  await expect(card.getByText('What the words say:')).toHaveCount(0);
});

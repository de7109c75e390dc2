import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** Bottom edge of whatever sticks to the top of the viewport (header, on-this-page bar). */
async function stickyBottom(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(
      0,
      ...[...document.querySelectorAll<HTMLElement>('.site-header, nav.toc')]
        .filter((el) => getComputedStyle(el).position === 'sticky')
        .map((el) => el.getBoundingClientRect().bottom),
    ),
  );
}

async function noSideways(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

test('a long code page has a compact on-this-page disclosure at the top that stays reachable', async ({ page }) => {
  await page.goto('smtp/4.7.1/');
  await noSideways(page);
  const toc = page.locator('nav.toc details.toc-disclosure');
  const summary = toc.locator('summary');
  await expect(summary).toBeVisible();
  // Compact: one line, above the fold, not the whole list.
  expect((await summary.boundingBox())!.height).toBeLessThan(60);
  expect((await summary.boundingBox())!.y).toBeLessThan(400);
  await expect(toc.locator('ol')).toBeHidden();
  // Far down the page it is still there.
  await page.locator('#faq').scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 2000);
  await expect(summary).toBeInViewport();
  await summary.tap();
  const target = toc.getByRole('link', { name: 'How to fix it' });
  await expect(target).toBeVisible();
  await target.tap();
  await expect(page).toHaveURL(/#how-to-fix$/);
  // The disclosure closes and the section heading is not hidden under the sticky bars.
  await expect(toc.locator('ol')).toBeHidden();
  const heading = await page.locator('h2#how-to-fix').boundingBox();
  expect(heading!.y).toBeGreaterThanOrEqual((await stickyBottom(page)) - 1);
  expect(heading!.y).toBeLessThan(844 / 2);
});

test('search is reachable from the bottom of a long page without scrolling back', async ({ page }) => {
  await page.goto('smtp/4.7.1/');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const box = page.locator('input[type="search"]').first();
  await expect(box).toBeInViewport();
  await box.tap();
  await expect(box).toBeFocused();
  await box.fill('550 5.1.1 user unknown');
  const best = page.locator('#search-panel .best-match a').first();
  await expect(best).toBeInViewport();
  await best.tap();
  await expect(page).toHaveURL(/\/smtp\/5\.1\.1\/$/);
});

test('the home page opens with a large paste area, failures first, and a header link back to it', async ({ page }) => {
  await page.goto('./');
  await noSideways(page);
  const box = page.locator('input[type="search"]');
  await expect(box).toHaveCount(1);
  await expect(box).toBeInViewport();
  const size = (await box.boundingBox())!;
  expect(size.height).toBeGreaterThanOrEqual(44);
  expect(size.width).toBeGreaterThan(390 * 0.6);
  expect(size.y).toBeLessThan((await page.locator('#class-5xx').boundingBox())!.y);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(box).not.toBeInViewport();
  const link = page.locator('.site-header a[href="#site-search"]');
  await expect(link).toBeInViewport();
  await link.tap();
  await expect(box).toBeFocused();
  await expect(box).toBeInViewport();
});

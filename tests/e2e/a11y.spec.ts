import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PAGE_TYPES } from './pageTypes.ts';

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${scheme} mode`, () => {
    test.use({ colorScheme: scheme });

    for (const { name, path } of PAGE_TYPES) {
      test(`${name} page has no axe violations`, async ({ page }) => {
        await page.goto(path);
        expect(await violations(page)).toEqual([]);
      });
    }

    test('a redirect alias page has no axe violations', async ({ page }) => {
      // Hold the page still: serve it without its meta refresh so axe sees the redirect page itself.
      await page.route('**/550/', async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '');
        await route.fulfill({ response, body: html });
      });
      await page.goto('550/');
      await expect(page.getByRole('heading', { level: 1 })).toContainText('550');
      expect(await violations(page)).toEqual([]);
    });

    test('the search panel with results has no axe violations', async ({ page }) => {
      // Two axe runs over the whole home page (every code is listed there): slow on a loaded machine.
      test.slow();
      await page.goto('./');
      await page.locator('input[type="search"]').first().fill('550 5.1.1 user unknown');
      await expect(page.locator('#search-panel .best-match')).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await page.locator('#search-panel .more-results').click();
      await expect(page.locator('#search-panel li a').first()).toBeVisible({ timeout: 15_000 });
      expect(await violations(page)).toEqual([]);
    });
  });
}

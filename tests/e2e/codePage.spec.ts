import { expect, test } from '@playwright/test';

const SECTION_IDS = ['at-a-glance', 'in-your-logs', 'what-it-means', 'how-it-plays-out', 'soft-vs-hard', 'causes', 'how-to-fix', 'faq'];

test('the index links to the 550 page, which opens with its title', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.locator('a[href$="/smtp/550/"]').first().click();
  await expect(page).toHaveURL(/\/smtp\/550\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('550');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('mailbox unavailable');
});

test('every section of a reply page has its stable id, as an h2', async ({ page }) => {
  await page.goto('smtp/550/');
  for (const id of SECTION_IDS) {
    await expect(page.locator(`h2#${id}`), `section #${id}`).toHaveCount(1);
  }
  await expect(page.locator('h2#related')).toHaveCount(1);
  await expect(page.locator('#last-reviewed')).toContainText('Last reviewed');
  await expect(page.locator('a', { hasText: 'All SMTP codes' }).first()).toBeVisible();
});

test('a deep link lands on its section', async ({ page }) => {
  await page.goto('smtp/550/#how-to-fix');
  await expect(page.locator('h2#how-to-fix')).toBeInViewport();
});

for (const [code, column] of [
  ['250', null],
  ['421', 'soft'],
  ['550', 'hard'],
] as const) {
  test(`the soft-vs-hard table marks the right column for ${code}`, async ({ page }) => {
    await page.goto(`smtp/${code}/`);
    const table = page.locator('table.soft-hard');
    await expect(table).toHaveAttribute('data-bounce', column ?? 'none');
    const marked = table.locator('[data-marked="true"]');
    if (column === null) {
      await expect(marked).toHaveCount(0);
      await expect(page.getByTestId('not-a-bounce')).toContainText('not a bounce');
    } else {
      await expect(marked).toHaveCount(1);
      // The marked cell sits under the header of its column.
      const index = await marked.evaluate((td) => (td as HTMLTableCellElement).cellIndex);
      await expect(table.locator('thead th').nth(index)).toHaveAttribute('data-column', column);
      await expect(page.getByTestId('not-a-bounce')).toHaveCount(0);
    }
  });
}

test('the FAQ is published as FAQPage structured data matching the page', async ({ page }) => {
  await page.goto('smtp/550/');
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const data = blocks.map((b) => JSON.parse(b) as { '@type': string; mainEntity?: { name: string; acceptedAnswer: { text: string } }[] });
  const faq = data.find((d) => d['@type'] === 'FAQPage');
  expect(faq).toBeDefined();
  const questions = await page.locator('.faq dt').allTextContents();
  expect(faq!.mainEntity!.map((q) => q.name)).toEqual(questions);
  expect(faq!.mainEntity!.every((q) => q.acceptedAnswer.text.length > 20)).toBe(true);
});

test('a GFM table written in an MDX body renders as an HTML table', async ({ page }) => {
  await page.goto('smtp/550/');
  const table = page.locator('#what-it-means ~ .prose table').first();
  await expect(table.locator('thead th').first()).toHaveText('Enhanced code');
  expect(await table.locator('tbody tr').count()).toBeGreaterThan(2);
  await expect(page.locator('.prose')).not.toContainText('|---|');
});

test('an enhanced code page exists per class and links back to its reply codes', async ({ page }) => {
  await page.goto('smtp/5.1.1/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Bad destination mailbox address');
  await expect(page.locator('table.soft-hard')).toHaveAttribute('data-bounce', 'hard');
  await page.goto('smtp/4.1.1/');
  await expect(page.locator('table.soft-hard')).toHaveAttribute('data-bounce', 'soft');
  await expect(page.getByTestId('class-note')).toContainText('4.1.1');
  await page.locator('section:has(h2#reply-codes) .code-list a').first().click();
  await expect(page).toHaveURL(/\/smtp\/\d{3}\/$/);
});

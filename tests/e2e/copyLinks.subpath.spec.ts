import { expect, test } from '@playwright/test';

// Runs against dist-subpath/ (BASE_PATH=/docs/smtp/, SITE_URL unset so the canonical URL is the
// placeholder host): copied links must use the address the page is actually served from.
test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('a copied section link opens on the test host under the sub-path, while canonical keeps SITE_URL', async ({ page, baseURL }) => {
  await page.goto('smtp/550/');
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical).toBe('https://smtp-codes.example.org/docs/smtp/smtp/550/');
  expect(await page.locator('meta[property="og:url"]').getAttribute('content')).toBe(canonical);
  const button = page.locator('h2#how-to-fix button.copy-link');
  await button.click();
  await expect(button).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${new URL(baseURL!).origin}/docs/smtp/smtp/550/#how-to-fix`);
  // It opens, on this host, at that section.
  const other = await page.context().newPage();
  const response = await other.goto(copied);
  expect(response!.status()).toBe(200);
  await expect(other.locator('h2#how-to-fix')).toBeVisible();
  await expect(other.getByRole('heading', { level: 1 })).toContainText('550');
});

test('"Copy for ticket" gives code, title, the page\'s "What to do" line and working links', async ({ page, baseURL }) => {
  await page.goto('smtp/5.1.1/');
  await page.getByRole('button', { name: 'Copy for ticket' }).click();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  // The "What to do" cell of the at-a-glance table, as the page shows it (its provenance note aside).
  const whatToDo = await page.locator('section:has(h2#at-a-glance) tr:has(th:text-is("What to do")) td').evaluate((td) => {
    const copy = td.cloneNode(true) as HTMLElement;
    copy.querySelector('.fact-source')?.remove();
    return copy.textContent!.replace(/\s+/g, ' ').trim();
  });
  expect(whatToDo.length).toBeGreaterThan(10);
  const origin = new URL(baseURL!).origin;
  const lines = text.split('\n');
  expect(lines[0]).toBe('**SMTP 5.1.1: Bad destination mailbox address**');
  expect(lines).toContain(`What to do: ${whatToDo}`);
  expect(lines).toContain(`How to fix it: ${origin}/docs/smtp/smtp/5.1.1/#how-to-fix`);
  expect(lines).toContain(`Details: ${origin}/docs/smtp/smtp/5.1.1/`);
  for (const url of text.match(/https?:\/\/\S+/g) ?? []) {
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(200);
  }
});

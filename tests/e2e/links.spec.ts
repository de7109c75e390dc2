import { expect, test } from '@playwright/test';

test('a copy-link button copies the absolute URL of its section, at the address the page is served from', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('smtp/550/');
  const button = page.locator('h2#how-to-fix button.copy-link');
  await expect(button).toBeVisible();
  await button.click();
  await expect(button).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${new URL(baseURL!).origin}/smtp/550/#how-to-fix`);
});

test('copy link works by keyboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('smtp/421/');
  const button = page.locator('h2#causes button.copy-link');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/smtp\/421\/#causes$/);
});

test('copy link falls back when the clipboard API is missing', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  });
  page.on('dialog', (d) => void d.accept());
  await page.goto('smtp/550/');
  const button = page.locator('h2#faq button.copy-link');
  await button.click();
  await expect(button).toHaveText(/Copied|Copy manually/);
});

test('"Copy for ticket" copies a short Markdown answer with the link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('smtp/5.1.1/');
  await page.getByRole('button', { name: 'Copy for ticket' }).click();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('**SMTP 5.1.1: Bad destination mailbox address**');
  expect(text).toContain('What to do:');
  expect(text).toMatch(/Details: http:\/\/localhost:\d+\/smtp\/5\.1\.1\/$/);
});

test('the short alias /550/ lands on /smtp/550/', async ({ page }) => {
  await page.goto('550/');
  await expect(page).toHaveURL(/\/smtp\/550\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('550');
});

test('/5.1.1/ and a URL without the trailing slash land on the code page', async ({ page }) => {
  await page.goto('5.1.1/');
  await expect(page).toHaveURL(/\/smtp\/5\.1\.1\/$/);
  await page.goto('smtp/554');
  await expect(page).toHaveURL(/\/smtp\/554\/$/);
});

test('the reversed comparison /smtp/502-vs-334/ leads to /smtp/334-vs-502/', async ({ page }) => {
  await page.goto('smtp/502-vs-334/');
  await expect(page).toHaveURL(/\/smtp\/334-vs-502\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('334 vs 502');
});

test('a code page carries canonical, Open Graph, Twitter and structured data', async ({ page }) => {
  await page.goto('smtp/550/');
  const meta = async (selector: string) => page.locator(selector).getAttribute('content');
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical).toMatch(/^https:\/\/[^/]+\/smtp\/550\/$/);
  expect(await meta('meta[property="og:title"]')).toContain('550');
  expect((await meta('meta[property="og:description"]'))!.length).toBeGreaterThan(40);
  expect(await meta('meta[property="og:url"]')).toBe(canonical);
  expect(await meta('meta[property="og:type"]')).toBe('article');
  expect(await meta('meta[property="og:image"]')).toMatch(/\/og\/550\.png$/);
  expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
  const types = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => (JSON.parse(t) as { '@type': string })['@type']);
  expect(types).toEqual(expect.arrayContaining(['FAQPage', 'TechArticle', 'BreadcrumbList']));
  const image = await page.request.get(new URL(new URL((await meta('meta[property="og:image"]'))!).pathname, page.url()).href);
  expect(image.headers()['content-type']).toBe('image/png');
  expect((await image.body()).subarray(1, 4).toString()).toBe('PNG');
});

test('the machine-readable API lists every code with a working URL', async ({ page, request }) => {
  const index = (await (await request.get('api/codes.json')).json()) as { codes: { code: string; url: string; bounce: string }[] };
  expect(index.codes.find((c) => c.code === '550')).toMatchObject({ url: '/smtp/550/', bounce: 'hard' });
  expect(index.codes.find((c) => c.code === '4.2.2')).toMatchObject({ url: '/smtp/4.2.2/', bounce: 'soft' });
  const one = await (await request.get('api/smtp/5.7.26.json')).json();
  expect(one).toMatchObject({ code: '5.7.26', kind: 'enhanced', bounce: 'hard' });
  await page.goto(index.codes[0]!.url);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(index.codes[0]!.code);
});

test('a code page links to its comparisons: curated pairs first, a plain list, and a picker', async ({ page }) => {
  await page.goto('smtp/550/');
  const section = page.locator('section:has(h2#compare)');
  const confused = await section.locator('.pill-list').first().locator('a').allTextContents();
  expect(confused).toEqual(expect.arrayContaining(['550 vs 554', '450 vs 550', '550 vs 553']));
  await section.locator('summary').click();
  await expect(section.locator('[data-compare-list] a[href$="/smtp/421-vs-550/"]')).toHaveCount(1);
  await page.locator('#compare-select').selectOption({ label: '452' });
  await section.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\/smtp\/452-vs-550\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('452 vs 550');
});

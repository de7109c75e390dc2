import { expect, test } from '@playwright/test';

test('the home page puts the paste area first, then 5xx and 4xx, then the rest, with every code reachable', async ({ page, request }) => {
  await page.goto('./');
  const order = await page.evaluate(() => {
    const y = (sel: string) => document.querySelector(sel)!.getBoundingClientRect().top + window.scrollY;
    return { paste: y('#site-search'), c5: y('#class-5xx'), c4: y('#class-4xx'), enhanced: y('#enhanced-codes'), c2: y('#class-2xx'), c3: y('#class-3xx') };
  });
  expect(order.paste).toBeLessThan(order.c5);
  expect(order.c5).toBeLessThan(order.c4);
  expect(order.c4).toBeLessThan(order.enhanced);
  expect(order.enhanced).toBeLessThan(order.c2);
  expect(order.c2).toBeLessThan(order.c3);
  // The box is the page's own search (one box, with the shortcut hint visible).
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  const index = (await (await request.get('api/codes.json')).json()) as { codes: { code: string; url: string; kind: string; detailRange?: unknown }[] };
  const hrefs = new Set(await page.locator('main a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href'))));
  const missing = index.codes.filter((c) => !hrefs.has(c.url)).map((c) => c.code);
  expect(missing).toEqual([]);
});

test('the comparison picker starts with no code chosen', async ({ page }) => {
  await page.goto('smtp/550/');
  const select = page.locator('#compare-select');
  await expect(select).toHaveValue('');
  await page.locator('section:has(h2#compare)').getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\/smtp\/550\/$/);
  await select.selectOption({ label: '554' });
  await page.locator('section:has(h2#compare)').getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\/smtp\/550-vs-554\/$/);
});

test('"Often confused with" is in the on-this-page list and RFC references link to the section', async ({ page }) => {
  await page.goto('smtp/550/');
  await expect(page.locator('.toc-side a[href="#compare"]')).toHaveText('Often confused with');
  await expect(page.locator('#compare')).toHaveCount(1);
  const glanceLink = page.locator('section:has(h2#at-a-glance) td a[href^="https://www.rfc-editor.org/"]');
  await expect(glanceLink).toHaveAttribute('href', 'https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3');
  await expect(glanceLink).toHaveText('RFC 5321 §4.2.3');
  await page.goto('smtp/5.7.1/');
  await expect(page.locator('.badges a').first()).toHaveAttribute('href', 'https://www.rfc-editor.org/rfc/rfc3463#section-3.8');
  await expect(page.locator('.site-footer a[href^="https://www.iana.org/assignments/smtp-enhanced-status-codes/"]')).toHaveCount(1);
});

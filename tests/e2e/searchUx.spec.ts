import { expect, test, type Page } from '@playwright/test';
import { phraseTarget } from '../../src/lib/bounce/phrases.ts';

const box = (page: Page) => page.locator('input[type="search"]').first();
const panel = (page: Page) => page.locator('#search-panel');

/** What Pagefind holds for each page matching a query: its URL and indexed text. */
function indexed(page: Page, query: string): Promise<{ url: string; content: string }[]> {
  return page.evaluate(async (q) => {
    const pf = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    await pf.options({ noWorker: true });
    const found = await pf.search(q);
    return Promise.all(found.results.map(async (r: { data(): Promise<{ url: string; content: string }> }) => r.data()));
  }, query);
}

test('result excerpts keep the spaces around highlighted words, and results lead with code and title', async ({ page }) => {
  await page.goto('smtp/421/');
  // Words the reason rules do not answer, so they go to the full-text index.
  await box(page).fill('recipient mailbox');
  const first = panel(page).locator('li a').first();
  await expect(first).toBeVisible({ timeout: 15_000 });
  // Code pages first: the top result is a code page and its title line starts with the code.
  await expect(first.locator('.result-title .code-number')).toHaveText(/^(\d{3}|\d\.\d{1,3}\.\d{1,3})$/);
  const excerpts = await panel(page).locator('.result-excerpt').evaluateAll((nodes) =>
    nodes.map((n) => ({ text: n.textContent ?? '', marks: [...n.querySelectorAll('mark')].map((m) => m.textContent ?? '') })),
  );
  expect(excerpts.length).toBeGreaterThan(0);
  expect(excerpts.some((e) => e.marks.length > 0)).toBe(true);
  for (const { text } of excerpts) {
    // The defect glued words to their highlights ("Mailboxfull.The recipient's mailboxhas").
    expect(text).not.toMatch(/recipientmailbox|mailbox(has|does|is|table)\b/i);
  }
  // Every highlight stands alone: the character on each side of it is not a letter.
  const glued = await panel(page).locator('.result-excerpt mark').evaluateAll((marks) =>
    marks.filter((m) => /[A-Za-z]$/.test(m.previousSibling?.textContent ?? '') || /^[A-Za-z]/.test(m.nextSibling?.textContent ?? '')).map((m) => m.parentElement?.textContent),
  );
  expect(glued).toEqual([]);
});

test('only page content is in the text index: no anchors, buttons, copy labels or table headers', async ({ page }) => {
  await page.goto('smtp/550/');
  const content = (await indexed(page, 'mailbox')).find((d) => d.url === '/smtp/550/')?.content ?? null;
  expect(content).not.toBeNull();
  expect(content).toContain('mailbox');
  expect(content).not.toMatch(/Copy link|Copy for ticket|#Copy/);
  expect(content).not.toMatch(/Part\s*Value\s*Meaning|Aspect\s*Soft bounce/);
  expect(content).not.toMatch(/On this page/);
});

test('the home page catalogue is not in the text index', async ({ page }) => {
  await page.goto('./');
  const urls = (await indexed(page, 'Positive completion')).map((d) => d.url);
  expect(urls).not.toContain('/');
});

test('a typed phrase without a code resolves through the reason rules before any full-text search', async ({ page }) => {
  const phrases = ['user unknown', 'relay access denied', 'greylisted', 'too many connections', 'mailbox full'];
  const resolved = phrases.map((p) => [p, phraseTarget(p)] as const).filter(([, t]) => t !== null);
  test.skip(resolved.length === 0, 'phraseTarget() is still the placeholder (the reason rules are not merged yet)');
  const codes = ((await (await page.request.get('api/resolver.json')).json()) as { codes: { code: string; url: string }[] }).codes;
  for (const [phrase, target] of resolved) {
    const url = codes.find((c) => c.code === target!.code)?.url;
    expect(url, `${phrase} → ${target!.code} has a page`).toBeTruthy();
    await page.goto('smtp/250/');
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await box(page).fill(phrase);
    await expect(panel(page).locator('.best-match a').first(), phrase).toHaveAttribute('href', url!);
    // The rules answered: the full-text index has not been loaded.
    expect(loaded.filter((p) => p.includes('/pagefind/'))).toEqual([]);
    // Asked for, the pages mentioning the words come below the card.
    await panel(page).locator('.more-results').click();
    await expect(panel(page).locator('li a').first()).toBeVisible({ timeout: 15_000 });
    const order = await panel(page).evaluate((p) => [...p.children].map((c) => c.className || c.tagName));
    expect(order[0]).toBe('best-match');
    await box(page).press('Enter');
    await expect(page).toHaveURL(new RegExp(`${url!.replace(/\./g, '\\.')}$`));
  }
});

test('plain words go to the full-text index without loading the code index', async ({ page }) => {
  await page.goto('smtp/250/');
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  await box(page).fill('authentication');
  await expect(panel(page).locator('li a').first()).toBeVisible({ timeout: 15_000 });
  expect(loaded.some((p) => p.endsWith('/api/resolver.json'))).toBe(false);
  // A code typed next loads it.
  await box(page).fill('535 5.7.8');
  await expect(panel(page).locator('.best-match a').first()).toHaveAttribute('href', /\/smtp\/5\.7\.8\/$/);
  expect(loaded.some((p) => p.endsWith('/api/resolver.json'))).toBe(true);
});

test('keyboard: arrows move through the results and back to the box', async ({ page }) => {
  await page.goto('smtp/550/');
  await box(page).fill('authentication');
  const links = panel(page).locator('li a');
  await expect(links.nth(1)).toBeVisible({ timeout: 15_000 });
  await box(page).press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(box(page)).toBeFocused();
  // Enter on a focused result opens it.
  await box(page).press('ArrowDown');
  const href = await links.nth(0).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/\./g, '\\.')}$`));
});

test('keyboard: Escape closes the panel first and only a second Escape clears the box', async ({ page }) => {
  await page.goto('smtp/421/');
  const pasted = '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown';
  await box(page).fill(pasted);
  await expect(panel(page).locator('.best-match')).toBeVisible();
  await box(page).press('Escape');
  await expect(panel(page)).toBeHidden();
  await expect(box(page)).toHaveValue(pasted);
  // The panel comes back when the box is focused again.
  await page.locator('h1').click();
  await box(page).focus();
  await expect(panel(page)).toBeVisible();
  // Escape from a result closes the panel and returns to the box, the paste intact.
  await box(page).press('ArrowDown');
  await expect(panel(page).locator('.best-match a').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  await expect(box(page)).toBeFocused();
  await expect(box(page)).toHaveValue(pasted);
  // Second Escape, panel already closed: now the box is cleared.
  await box(page).press('Escape');
  await expect(box(page)).toHaveValue('');
});

test('keyboard: each section heading is one Tab stop', async ({ page }) => {
  await page.goto('smtp/550/');
  const button = page.locator('h2#causes button.copy-link');
  await expect(button).toBeVisible();
  await button.focus();
  await page.keyboard.press('Shift+Tab');
  const inHeading = () => page.evaluate(() => !!document.activeElement?.closest('h2#causes'));
  expect(await inHeading()).toBe(false);
  await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await inHeading()).toBe(false);
  // The "#" link still works with a mouse.
  await page.locator('h2#causes a.heading-anchor').click();
  await expect(page).toHaveURL(/#causes$/);
});

test('no console messages on any page or during searches (no Pagefind option warnings)', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  await page.goto('./');
  await box(page).pressSequentially('recipient mailbox', { delay: 30 });
  await expect(panel(page).locator('li a').first()).toBeVisible({ timeout: 15_000 });
  await box(page).fill('mailbox full');
  await expect(panel(page).locator('.best-match').first()).toBeVisible();
  await box(page).fill('authentication');
  await expect(panel(page).locator('li a').first()).toBeVisible({ timeout: 15_000 });
  await page.goto('smtp/550/');
  await box(page).pressSequentially('pipelining', { delay: 20 });
  await expect(panel(page).locator('li a').first()).toBeVisible({ timeout: 15_000 });
  await box(page).fill('550 5.1.1 user unknown');
  await expect(panel(page).locator('.best-match')).toBeVisible();
  await panel(page).locator('.more-results').click();
  await expect(panel(page).locator('li a').first()).toBeVisible({ timeout: 15_000 });
  await page.goto('smtp/550-vs-554/');
  expect(messages).toEqual([]);
});

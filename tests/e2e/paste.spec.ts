import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseFixtureTsv } from '../../src/lib/pasteFixtures.ts';
import { resolvePaste } from '../../src/lib/resolvePaste.ts';
import { indexByCode, resolverRecords, type CodeIndex } from '../../src/lib/codeIndex.ts';

const rows = parseFixtureTsv(readFileSync(new URL('../fixtures/pastes.tsv', import.meta.url), 'utf8'));
const index = JSON.parse(readFileSync(new URL('../../dist/api/codes.json', import.meta.url), 'utf8')) as CodeIndex;
const codes = indexByCode(index);

async function paste(page: Page, text: string) {
  const box = page.locator('input[type="search"]').first();
  const panel = page.locator('#search-panel');
  const before = await panel.getAttribute('data-query');
  await box.fill(text);
  // Wait for a run that resolved exactly this text (the attribute changes once per run).
  await expect.poll(() => panel.getAttribute('data-query')).not.toBe(before);
  await expect(panel).toHaveAttribute('data-query', /\d+/);
  return panel;
}

const REAL_LINES: [string, RegExp][] = [
  [
    '550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient\'s email address for typos or 550-5.1.1 unnecessary spaces. 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser a1si123 - gsmtp',
    /\/smtp\/5\.1\.1\/$/,
  ],
  [
    'status=bounced (host mx.example.com[203.0.113.7] said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))',
    /\/smtp\/5\.1\.1\/$/,
  ],
  ['Diagnostic-Code: smtp; 554 5.7.1 <unknown[192.0.2.5]>: Client host rejected: Access denied', /\/smtp\/5\.7\.1\/$/],
  ["smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted. Learn more at https://support.google.com/mail/?p=BadCredentials')", /\/smtp\/5\.7\.8\/$/],
  ['421 Service not available, closing transmission channel', /\/smtp\/421\/$/],
  // Inside Microsoft's documented block 5.7.606-649: the block's page.
  ['550 5.7.612 Access denied, banned sending IP [192.0.2.9]. To request removal from this list please visit https://sender.office.com/', /\/smtp\/5\.7\.606\/$/],
  // A well-formed code the site has no page for: the reply page.
  ['550 5.7.599 Access denied by an unknown rule', /\/smtp\/550\/$/],
];

for (const [line, url] of REAL_LINES) {
  test(`pasting a real line and pressing Enter lands on its page: ${line.slice(0, 50)}…`, async ({ page }) => {
    await page.goto('smtp/250/');
    await paste(page, line);
    await expect(page.locator('#search-panel .best-match')).toBeVisible();
    await page.locator('input[type="search"]').first().press('Enter');
    await expect(page).toHaveURL(url);
  });
}

test('the best-match card links the detected code and ranks 5.1.1 above 5.1.10', async ({ page }) => {
  await page.goto('./');
  const panel = await paste(page, '550 5.1.1 user unknown');
  await expect(panel.locator('.best-match a').first()).toHaveAttribute('href', /\/smtp\/5\.1\.1\/$/);
});

test('/?q= opens with that search run, so a ticket can link a search', async ({ page }) => {
  await page.goto(`./?q=${encodeURIComponent('452 4.2.2 mailbox full')}`);
  await expect(page.locator('input[type="search"]').first()).toHaveValue('452 4.2.2 mailbox full');
  await expect(page.locator('#search-panel .best-match a').first()).toHaveAttribute('href', /\/smtp\/4\.2\.2\/$/);
});

test('HTML and script in a paste are shown as text and never run', async ({ page }) => {
  await page.goto('./');
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const hostile = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"><b>bold</b> 550 5.1.1 "><svg onload=window.__pwned=3>';
  const panel = await paste(page, hostile);
  await expect(panel.locator('.best-match')).toBeVisible();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await panel.locator('script, img, svg, b').count()).toBe(0);
});

test('an enormous paste stays responsive and still resolves', async ({ page }) => {
  await page.goto('./');
  const huge = `${'5.5.5.5-550-'.repeat(40_000)} 550 5.2.2 mailbox full ${'9'.repeat(500_000)}`;
  const started = Date.now();
  await page.locator('input[type="search"]').first().fill(huge);
  await expect(page.locator('#search-panel')).toHaveAttribute('data-reply', /\d{3}|^$/);
  expect(Date.now() - started).toBeLessThan(10_000);
  // The page still answers input afterwards.
  const panel = await paste(page, '421 4.7.0 try again later');
  await expect(panel).toHaveAttribute('data-reply', '421');
});

test('/api/codes.json holds the same index the CLI builds, and /api/resolver.json is its slice', async () => {
  const { codeIndexFromContent } = await import('../../scripts/lib/contentFiles.ts');
  expect(index).toEqual(codeIndexFromContent());
  const resolver = JSON.parse(readFileSync(new URL('../../dist/api/resolver.json', import.meta.url), 'utf8'));
  expect(resolver).toEqual({ version: 1, codes: resolverRecords(index) });
});

// The browser and `npm run explain` agree on every fixture (split in four to run in parallel).
for (let part = 0; part < 4; part++) {
  test(`the in-page resolver agrees with the CLI on fixtures, part ${part + 1} of 4`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('./');
    const mismatches: string[] = [];
    let previous = '';
    for (const row of rows.filter((_, i) => i % 4 === part)) {
      if (row.line === previous || !row.line.trim()) continue;
      previous = row.line;
      const expected = resolvePaste(row.line, codes);
      const panel = await paste(page, row.line);
      const got = { reply: (await panel.getAttribute('data-reply')) || null, enhanced: (await panel.getAttribute('data-enhanced')) || null, url: (await panel.getAttribute('data-url')) || null };
      if (got.reply !== expected.reply || got.enhanced !== expected.enhanced || got.url !== expected.url) {
        mismatches.push(`${row.line.slice(0, 80)} → browser ${JSON.stringify(got)} vs CLI ${JSON.stringify(expected)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
}

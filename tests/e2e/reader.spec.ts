import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { pasteInto } from './pasteInto.ts';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { findEnhancedRecord, indexByCode, type ResolverRecord } from '../../src/lib/codeIndex.ts';
import { REASONS } from '../../src/lib/bounce/types.ts';

/** Fixtures and their sources: tests/e2e/fixtures/reader/SOURCES.md. */
function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/reader/${name}`, import.meta.url), 'utf8');
}

interface ExpectedRow {
  address: string;
  reply: string;
  enhanced: string;
  reason: string;
  verdict: string;
  /** The page section the row must link to. */
  link: RegExp;
  remoteMta?: RegExp;
  /** Words of the reply that must appear in the row's diagnostic text. */
  said?: RegExp;
  provider?: RegExp;
}

async function readInReader(page: Page, text: string): Promise<Locator> {
  await page.goto('read/');
  await page.locator('#reader-paste').fill(text);
  await page.getByRole('button', { name: 'Read', exact: true }).click();
  await expect(page.locator('#reader-results')).toBeVisible({ timeout: 20_000 });
  return page.locator('[data-reader-rows] tr');
}

/** Checks every row, in order, and that there are no others. */
async function expectRows(rows: Locator, expected: ExpectedRow[]): Promise<void> {
  await expect(rows).toHaveCount(expected.length);
  for (const [i, want] of expected.entries()) {
    const row = rows.nth(i);
    await expect(row.locator('.reader-address'), `row ${i + 1} address`).toHaveText(want.address);
    await expect(row, `row ${i + 1} codes`).toHaveAttribute('data-reply', want.reply);
    await expect(row).toHaveAttribute('data-enhanced', want.enhanced);
    await expect(row, `row ${i + 1} reason`).toHaveAttribute('data-reason', want.reason);
    await expect(row, `row ${i + 1} verdict`).toHaveAttribute('data-verdict', want.verdict);
    await expect(row.locator('.reader-rule')).not.toBeEmpty();
    await expect(row.locator('.reader-links a').first()).toHaveAttribute('href', want.link);
    if (want.remoteMta) await expect(row.locator('.reader-facts').first()).toContainText(want.remoteMta);
    if (want.said) await expect(row.locator('.reader-diagnostic')).toContainText(want.said);
    if (want.provider) await expect(row.locator('.reader-provider')).toContainText(want.provider);
  }
}

test('a Microsoft 365 NDR with only a base64 HTML part: one row, user unknown', async ({ page }) => {
  const rows = await readInReader(page, fixture('m365-ndr-base64-html.eml'));
  await expectRows(rows, [
    { address: 'nekochan@example.com', reply: '550', enhanced: '5.1.10', reason: 'UserUnknown', verdict: 'suppress', link: /^\/smtp\/5\.1\.10\/#how-to-fix$/, said: /RecipientNotFound/ },
  ]);
  // Words of the rule are highlighted as <mark> inside the server's text.
  await expect(rows.first().locator('.reader-diagnostic mark').first()).toBeVisible();
});

test('a DSN for two recipients: one unknown user, one full mailbox, two verdicts', async ({ page }) => {
  const rows = await readInReader(page, fixture('lhost-postfix-13.eml'));
  await expectRows(rows, [
    { address: 'kijitora@example.jp', reply: '550', enhanced: '5.2.1', reason: 'UserUnknown', verdict: 'suppress', link: /^\/smtp\/5\.2\.1\/#how-to-fix$/, remoteMta: /mx\.example\.jp/, said: /User Unknown/ },
    { address: 'noraneko@example.jp', reply: '550', enhanced: '5.2.2', reason: 'MailboxFull', verdict: 'retry', link: /^\/smtp\/5\.2\.2\/#how-to-fix$/, remoteMta: /mx\.example\.jp/, said: /Mailbox Full/ },
  ]);
});

test('a Gmail bounce with quoted-printable soft breaks: the delayed recipient, mailbox full', async ({ page }) => {
  const rows = await readInReader(page, fixture('lhost-gmail-06.eml'));
  await expectRows(rows, [
    { address: 'kijitora@example.jp', reply: '450', enhanced: '4.2.2', reason: 'MailboxFull', verdict: 'retry', link: /^\/smtp\/4\.2\.2\/#how-to-fix$/, said: /Mailbox Full/ },
  ]);
});

test('a Postfix log excerpt: one row per bounced or deferred recipient, the delivered one has none', async ({ page }) => {
  const rows = await readInReader(page, fixture('postfix-log.txt'));
  await expectRows(rows, [
    { address: 'alice@example.net', reply: '550', enhanced: '5.1.1', reason: 'UserUnknown', verdict: 'suppress', link: /^\/smtp\/5\.1\.1\/#how-to-fix$/, remoteMta: /mx\.example\.net/, said: /User unknown/ },
    { address: 'bob@example.org', reply: '554', enhanced: '5.7.1', reason: 'Blocked', verdict: 'fix-sending', link: /^\/smtp\/5\.7\.1\/#how-to-fix$/, remoteMta: /mx1\.example\.org/, said: /zen\.spamhaus\.org/, provider: /Spamhaus/ },
    { address: 'carol@example.com', reply: '452', enhanced: '4.2.2', reason: 'MailboxFull', verdict: 'retry', link: /^\/smtp\/4\.2\.2\/#how-to-fix$/, remoteMta: /mx\.example\.com/, said: /Mailbox full/ },
  ]);
  await expect(rows.filter({ hasText: 'dave@example.com' })).toHaveCount(0);
});

test('a generic code whose words say more: the row links the page of what the words say too', async ({ page }) => {
  const rows = await readInReader(page, [
    'Dec  1 03:00:01 mail postfix/smtp[3001]: 6C3D4E5F6A: to=<erin@example.net>, relay=mx.example.net[198.51.100.7]:25, delay=1, delays=0.1/0/0.5/0.4, dsn=5.0.0, status=bounced (host mx.example.net[198.51.100.7] said: 550 5.0.0 <erin@example.net>: User unknown (in reply to RCPT TO command))',
    'Dec  1 03:00:02 mail postfix/smtp[3002]: 7D4E5F6A7B: to=<fred@example.org>, relay=mx.example.org[203.0.113.9]:25, delay=1, delays=0.1/0/0.5/0.4, dsn=5.1.1, status=bounced (host mx.example.org[203.0.113.9] said: 550 5.1.1 <fred@example.org>: User unknown (in reply to RCPT TO command))',
  ].join('\n'));
  await expectRows(rows, [
    { address: 'erin@example.net', reply: '550', enhanced: '5.0.0', reason: 'UserUnknown', verdict: 'suppress', link: /^\/smtp\/5\.0\.0\/#how-to-fix$/ },
    { address: 'fred@example.org', reply: '550', enhanced: '5.1.1', reason: 'UserUnknown', verdict: 'suppress', link: /^\/smtp\/5\.1\.1\/#how-to-fix$/ },
  ]);
  await expect(rows.nth(0).locator('.reader-words-page a')).toHaveAttribute('href', /^\/smtp\/5\.1\.1\/$/);
  await expect(rows.nth(1).locator('.reader-words-page')).toHaveCount(0);
});

test('a multi-line paste into the header search box opens the reader with it read', async ({ page }) => {
  const text = fixture('lhost-postfix-13.eml');
  await page.goto('smtp/550/');
  await pasteInto(page.locator('input[type="search"]').first(), text);
  await expect(page).toHaveURL(/\/read\/$/);
  await expect(page.locator('#reader-paste')).toHaveValue(text);
  await expect(page.locator('[data-reader-rows] tr')).toHaveCount(2, { timeout: 20_000 });
  // The handoff is read once and cleared: nothing of the paste stays in the tab's storage.
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
});

test('a one-line paste into the header box stays in the search', async ({ page }) => {
  await page.goto('smtp/550/');
  await pasteInto(page.locator('input[type="search"]').first(), '550 5.1.1 user unknown');
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/smtp\/550\/$/);
});

test('copy for ticket has the reply line, the recipient, the verdict and links on this host', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await readInReader(page, fixture('lhost-postfix-13.eml'));
  await page.getByRole('button', { name: 'Copy for ticket' }).click();
  await expect(page.locator('#copy-status')).toHaveText('Copied');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const origin = new URL(baseURL!).origin;
  expect(text).toContain('Reply: 550 5.2.1 <kijitora@example.jp>... User Unknown');
  expect(text).toContain('Recipient: kijitora@example.jp');
  expect(text).toContain('Recipient: noraneko@example.jp');
  expect(text).toContain('Verdict: suppress');
  expect(text).toContain('Verdict: retry');
  expect(text).toContain('Next action: Remove the address');
  expect(text).toMatch(/Rule: .*User Unknown/);
  expect(text).toContain(`Read: ${origin}/smtp/5.2.1/#how-to-fix`);
  expect(text).toContain(`${origin}/read/#r=`);
  expect(text).not.toContain('smtp-codes.example.org');
});

test('a permalink reopens the diagnosis, with addresses masked when asked and no paste unless chosen', async ({ page, browser }) => {
  await readInReader(page, fixture('lhost-postfix-13.eml'));
  // Each toggle clears the link and re-encodes it asynchronously: read it only once it is back.
  const link = page.locator('[data-reader-permalink]');
  const settledLink = async () => {
    await expect(link).not.toHaveValue('');
    return link.inputValue();
  };
  await page.getByLabel(/Mask addresses/).check();
  await expect(page.locator('[data-reader-rows] tr').first().locator('.reader-address')).toHaveText('k•••••••@example.jp');
  const masked = await settledLink();
  await page.getByLabel(/Mask addresses/).uncheck();
  await page.getByLabel(/Include the pasted text/).check();
  const full = await settledLink();
  expect(full).not.toBe(masked);

  const other = await browser.newPage();
  await other.goto(masked);
  const rows = other.locator('[data-reader-rows] tr');
  await expect(rows).toHaveCount(2, { timeout: 20_000 });
  await expect(rows.nth(0).locator('.reader-address')).toHaveText('k•••••••@example.jp');
  await expect(rows.nth(1).locator('.reader-address')).toHaveText('n•••••••@example.jp');
  await expect(rows.nth(0)).toHaveAttribute('data-verdict', 'suppress');
  await expect(rows.nth(1)).toHaveAttribute('data-verdict', 'retry');
  await expect(rows.nth(0).locator('.reader-diagnostic')).not.toContainText('kijitora');
  await expect(other.locator('#reader-paste')).toHaveValue('');
  await expect(other.getByLabel(/Mask addresses/)).toBeChecked();

  await other.goto('about:blank');
  await other.goto(full);
  await expect(rows).toHaveCount(2, { timeout: 20_000 });
  await expect(rows.nth(0).locator('.reader-address')).toHaveText('kijitora@example.jp');
  await expect(other.locator('#reader-paste')).toHaveValue(fixture('lhost-postfix-13.eml'));
  await other.close();
});

test('a crafted link renders as text and cannot link elsewhere', async ({ page }) => {
  await page.goto('read/');
  const fragment = await page.evaluate(async () => {
    const wire = { v: 1, k: 0, n: [{ a: '<img src=x onerror="window.__pwned=1">', c: '550', e: '5.1.1', d: '<script>window.__pwned=2</script>', m: null, s: null, x: 'failed', r: 'UserUnknown', v: 'suppress', u: 'javascript:window.__pwned=3' }] };
    const stream = new Blob([JSON.stringify(wire)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  });
  await page.goto(`read/#r=${fragment}`);
  const row = page.locator('[data-reader-rows] tr');
  await expect(row).toHaveCount(1, { timeout: 20_000 });
  await expect(row.locator('.reader-address')).toHaveText('<img src=x onerror="window.__pwned=1">');
  await expect(row.locator('img, script')).toHaveCount(0);
  for (const href of await row.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
    expect(href).toMatch(/^\//);
  }
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('a hostile paste (markup, script tags, 1 MB) renders as text and breaks nothing', async ({ page }) => {
  test.setTimeout(90_000);
  const line = '550 5.1.1 <victim@example.com>: <script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> User unknown <b>bold</b>\n';
  const text = line.repeat(Math.ceil(1_000_000 / line.length));
  await page.goto('read/');
  await page.locator('#reader-paste').evaluate((area, value) => ((area as HTMLTextAreaElement).value = value), text);
  await page.getByRole('button', { name: 'Read', exact: true }).click();
  await expect(page.locator('#reader-status')).not.toHaveText(/^(Reading…)?$/, { timeout: 60_000 });
  await expect(page.locator('#reader-results script, #reader-results img, #reader-results b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  // The page still works: a normal paste reads after it.
  await page.locator('#reader-paste').fill(fixture('lhost-postfix-13.eml'));
  await page.getByRole('button', { name: 'Read', exact: true }).click();
  await expect(page.locator('[data-reader-rows] tr')).toHaveCount(2, { timeout: 20_000 });
});

test('the reader with results has no axe violations, light and dark, as a table and as cards at 390 px', async ({ page }) => {
  test.setTimeout(90_000);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await readInReader(page, fixture('postfix-log.txt'));
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${width} ${scheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    }
  }
  // Nothing is wider than the phone: not the page, not the table's scroll box, not a card's cell.
  const overflowing = await page.evaluate(() =>
    [document.documentElement, ...document.querySelectorAll<HTMLElement>('#reader-results .table-wrap, [data-reader-rows] td')]
      .filter((e) => e.scrollWidth > e.clientWidth + 1)
      .map((e) => `${e.tagName}.${e.className} ${e.scrollWidth}>${e.clientWidth}`),
  );
  expect(overflowing).toEqual([]);
});

test('the reader makes no request to another host and raises no CSP violation', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  const csp: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !/^(data|blob):/.test(r.url())) foreign.push(r.url());
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) csp.push(m.text());
  });
  await readInReader(page, fixture('m365-ndr-base64-html.eml'));
  await readInReader(page, fixture('postfix-log.txt'));
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
  expect(csp).toEqual([]);
});

/** The message reader's own fixtures (tests/fixtures/messages/, sources in its SOURCES.md), read through the page. */
test.describe('the message fixtures read into their expected rows', () => {
  const dir = new URL('../fixtures/messages/', import.meta.url);
  const expectedRows = readFileSync(new URL('expected.tsv', dir), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .map(([file, index, status, reply, reason]) => ({ file: file!, index: Number(index), status: status!, reply: reply!, reason: reason! }));
  const index = JSON.parse(readFileSync(new URL('../../dist/api/resolver.json', import.meta.url), 'utf8')) as { codes: ResolverRecord[] };
  const codes = indexByCode(index);
  /** expected.tsv uses sisimai's lower-case names; the page shows the 5.x spelling. */
  const reasonName = (name: string) => REASONS.find((r) => r.toLowerCase() === name) ?? name;

  for (const file of [...new Set(expectedRows.map((r) => r.file))]) {
    test(file, async ({ page }) => {
      const failed = expectedRows.filter((r) => r.file === file && r.reason !== 'delivered').sort((a, b) => a.index - b.index);
      const rows = await readInReader(page, readFileSync(new URL(file, dir), 'utf8'));
      await expect(rows).toHaveCount(failed.length);
      for (const [i, want] of failed.entries()) {
        const row = rows.nth(i);
        await expect(row.locator('.reader-address'), `${file} row ${i + 1} has an address`).toHaveText(/@/);
        await expect(row).toHaveAttribute('data-reply', want.reply);
        await expect(row).toHaveAttribute('data-enhanced', want.status);
        await expect(row, `${file} row ${i + 1} reason`).toHaveAttribute('data-reason', reasonName(want.reason));
        const page_ = findEnhancedRecord(want.status, codes) ?? codes.get(want.reply);
        if (page_) await expect(row.locator('.reader-links a').first()).toHaveAttribute('href', `${page_.url}#how-to-fix`);
      }
    });
  }
});

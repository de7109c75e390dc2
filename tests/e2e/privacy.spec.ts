import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './pageTypes.ts';

test('no page type makes a request to another host, search included', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  for (const { path } of PAGE_TYPES) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  await page.goto('smtp/550/');
  // Words the reason rules do not answer, so the full-text index loads.
  await page.locator('input[type="search"]').first().fill('recipient mailbox');
  await expect(page.locator('#search-panel li a').first()).toBeVisible({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
});

test('the CSP does not block anything the site does (no violations reported)', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/.test(msg.text())) violations.push(msg.text());
  });
  for (const { path } of PAGE_TYPES) await page.goto(path);
  await page.goto('smtp/550/');
  await page.locator('input[type="search"]').first().fill('authentication');
  await expect(page.locator('#search-panel li a').first()).toBeVisible({ timeout: 15_000 });
  expect(violations).toEqual([]);
});

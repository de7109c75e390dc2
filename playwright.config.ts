import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against built sites served by a plain static server
 * (scripts/serve-static.ts): dist/ at /, and dist-subpath/ built with BASE_PATH=/docs/smtp/.
 * Debian's Chromium is used where present (Playwright cannot download browsers here);
 * elsewhere Playwright's own browser is, so the same tests run on an ordinary laptop.
 */
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;
const port = Number(process.env.PREVIEW_PORT ?? 4329);
const subpathPort = port + 1;
const SUBPATH = '/docs/smtp/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'site', testIgnore: /subpath\.spec\.ts/, use: { baseURL: `http://localhost:${port}/` } },
    { name: 'subpath', testMatch: /subpath\.spec\.ts/, use: { baseURL: `http://localhost:${subpathPort}${SUBPATH}` } },
  ],
  webServer: [
    {
      command: `node scripts/serve-static.ts --dir dist --port ${port} --base /`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node scripts/serve-static.ts --dir dist-subpath --port ${subpathPort} --base ${SUBPATH}`,
      url: `http://localhost:${subpathPort}${SUBPATH}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});

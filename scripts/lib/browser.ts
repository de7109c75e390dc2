/** Starts the static server and Chromium for scripts (bench, screenshots), the same way the tests do. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { projectRoot } from './contentFiles.ts';

export const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function launchBrowser(): Promise<Browser> {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return chromium.launch({ executablePath: existsSync(path) ? path : undefined, args: LAUNCH_ARGS });
}

export async function serveDist(port: number, dir = 'dist', base = '/'): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn(process.execPath, [join(projectRoot, 'scripts/serve-static.ts'), '--dir', join(projectRoot, dir), '--port', String(port), '--base', base], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`static server exited with ${code}`)));
  });
  return { url: `http://localhost:${port}${base}`, stop: () => child.kill() };
}

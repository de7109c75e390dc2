/** Helpers for tests that read the built site (dist/) as files. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const distDir = new URL(`../../${process.env.ASTRO_OUT_DIR ?? 'dist'}/`, import.meta.url).pathname;
export const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

export function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

export function htmlFiles(): string[] {
  if (!existsSync(distDir)) throw new Error(`No build at ${distDir}: run \`npm run build\` first`);
  return walk(distDir).filter((f) => f.endsWith('.html')).sort();
}

export function read(path: string): string {
  return readFileSync(path, 'utf8');
}

export function rel(path: string): string {
  return relative(distDir, path);
}

export function isRedirectPage(html: string): boolean {
  return /<meta http-equiv="refresh"/.test(html);
}

/** Site path ("/smtp/550/") of a built file ("smtp/550/index.html"). */
export function sitePathOf(file: string): string {
  return base + rel(file).replace(/index\.html$/, '').replace(/\.html$/, '/');
}

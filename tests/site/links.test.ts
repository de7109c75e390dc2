/** Every internal link and every #fragment on every built page resolves. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { base, distDir, htmlFiles, read, rel, sitePathOf } from './builtSite.ts';

const ID = /\sid="([^"]+)"/g;
const HREF = /<a\s[^>]*?href="([^"]*)"/g;

function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** The file a site path is served from, or null. */
function fileFor(path: string): string | null {
  if (!path.startsWith(base)) return null;
  const local = decodeURIComponent(path.slice(base.length));
  for (const candidate of [join(distDir, local), join(distDir, local, 'index.html')]) {
    if (existsSync(candidate) && !candidate.endsWith('/')) {
      if (candidate.endsWith('.html') || /\.[a-z0-9]+$/i.test(candidate)) return candidate;
    }
  }
  const index = join(distDir, local, 'index.html');
  return existsSync(index) ? index : null;
}

describe('internal links', () => {
  const files = htmlFiles();
  const idsByFile = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let set = idsByFile.get(file);
    if (!set) idsByFile.set(file, (set = new Set([...read(file).matchAll(ID)].map((m) => m[1]!))));
    return set;
  };

  it('finds pages to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('every internal href and #fragment resolves, on every page', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of files) {
      const html = read(file);
      const here = sitePathOf(file);
      for (const match of html.matchAll(HREF)) {
        const href = decodeEntities(match[1]!);
        if (/^(https?:|mailto:|tel:)/.test(href)) continue;
        const url = new URL(href, `http://site.test${here}`);
        const target = url.pathname === here ? file : fileFor(url.pathname);
        checked++;
        if (!target) {
          broken.push(`${rel(file)}: ${href} (no such page)`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target.endsWith('.html') && !ids(target).has(fragment)) {
          broken.push(`${rel(file)}: ${href} (no element with id "${fragment}")`);
        }
      }
    }
    expect(broken, broken.slice(0, 30).join('\n')).toEqual([]);
    expect(checked).toBeGreaterThan(files.length);
  });
});

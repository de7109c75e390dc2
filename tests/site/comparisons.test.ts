/**
 * Generated comparison pages must read as real explanations, not a template with two numbers
 * swapped: with every digit masked, at least 90% of them must still be distinct.
 */
import { describe, expect, it } from 'vitest';
import { htmlFiles, isRedirectPage, read, rel } from './builtSite.ts';

function mainText(html: string): string {
  const main = /<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '';
  return main
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('comparison pages', () => {
  const pages = htmlFiles()
    .filter((f) => /\/smtp\/[^/]+-vs-[^/]+\/index\.html$/.test(f))
    .map((f) => ({ file: f, html: read(f) }))
    .filter((p) => !isRedirectPage(p.html));

  it('exist for every reply pair (at least 38 codes → 703 pairs)', () => {
    expect(pages.length).toBeGreaterThanOrEqual(703);
  });

  it('differ beyond their numbers: ≥ 90% distinct with digits masked', () => {
    const masked = new Map<string, string[]>();
    for (const { file, html } of pages) {
      const key = mainText(html).replace(/\d/g, '#');
      masked.set(key, [...(masked.get(key) ?? []), rel(file)]);
    }
    const ratio = masked.size / pages.length;
    const clones = [...masked.values()].filter((l) => l.length > 1).slice(0, 5);
    console.log(`comparison pages: ${pages.length}, distinct with digits masked: ${masked.size} (${(ratio * 100).toFixed(1)}%)`);
    expect(ratio, `examples of identical pages: ${JSON.stringify(clones)}`).toBeGreaterThanOrEqual(0.9);
  });

  it('never lead with the bare class when both codes share it', () => {
    const bad = pages.filter(({ html }) => /<p class="summary"[^>]*>[^<]*\bBoth are [2-5]xx\b/i.test(html)).map((p) => rel(p.file));
    expect(bad).toEqual([]);
  });
});

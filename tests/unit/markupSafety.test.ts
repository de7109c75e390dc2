import { describe, expect, it } from 'vitest';
import { unsafeMarkup, urlScheme } from '../../src/lib/markupSafety.ts';
import { bodyProblems } from '../../src/lib/contentChecks.ts';

describe('unsafeMarkup', () => {
  it('accepts prose, GFM tables, http(s), mailto and site links, and code that mentions tags', () => {
    const body = [
      'A **550** reply ends the attempt. See [RFC 5321](https://www.rfc-editor.org/rfc/rfc5321) and [554](/smtp/554/#faq).',
      '',
      '| code | meaning |',
      '| --- | --- |',
      '| 550 | gone |',
      '',
      'Write to [the postmaster](mailto:postmaster@example.com). A filter may quote `<script>` or `javascript:` in code.',
      '',
      '[rfc]: https://www.rfc-editor.org/rfc/rfc3463',
    ].join('\n');
    expect(unsafeMarkup(body)).toEqual([]);
  });

  it('refuses raw HTML event handlers, whatever their case or element', () => {
    expect(unsafeMarkup('Hi <img src="x.png" onerror="alert(1)" />')).toEqual(['line 1: the event handler onerror= on <img> is not allowed']);
    expect(unsafeMarkup('\n<div onClick="x()">a</div>')[0]).toBe('line 2: the event handler onClick= on <div> is not allowed');
  });

  it('refuses <script>, <iframe> and other embedding elements', () => {
    expect(unsafeMarkup('<script>alert(1)</script>')[0]).toMatch(/<script> is not allowed/);
    expect(unsafeMarkup('<iframe src="https://example.com/"></iframe>')[0]).toMatch(/<iframe> is not allowed/);
    expect(unsafeMarkup('<object data="x"></object>')[0]).toMatch(/<object> is not allowed/);
  });

  it('refuses javascript: and data: links in Markdown links, images, definitions and raw HTML', () => {
    expect(unsafeMarkup('[a](javascript:alert(1))')[0]).toMatch(/javascript: link/);
    expect(unsafeMarkup('![a](data:image/svg+xml;base64,PHN2Zz4=)')[0]).toMatch(/data: link/);
    expect(unsafeMarkup('[a][x]\n\n[x]: JavaScript:alert(1)')[0]).toMatch(/javascript: link/);
    expect(unsafeMarkup('<a href="&#106;avascript:alert(1)">a</a>')[0]).toMatch(/javascript: URL in href=/);
    expect(unsafeMarkup('<a href=" java\tscript:alert(1)">a</a>')[0]).toMatch(/javascript: URL in href=/);
    expect(unsafeMarkup('<img src="data:text/html,x" />')[0]).toMatch(/data: URL in src=/);
  });

  it('refuses MDX import/export and expressions, which run code at build time', () => {
    expect(unsafeMarkup('export const x = 1\n\nText')[0]).toMatch(/import\/export/);
    expect(unsafeMarkup('Text {1 + 1}')[0]).toMatch(/expression/);
    expect(unsafeMarkup('<a href={"javascript:x"}>a</a>')[0]).toMatch(/\{expression\}/);
  });

  it('reports a syntax error instead of throwing', () => {
    expect(unsafeMarkup('<div>\n\nnever closed')[0]).toMatch(/^MDX syntax error: .*closing tag/);
  });
});

describe('urlScheme', () => {
  it('reads the scheme the way a browser does', () => {
    expect(urlScheme('HTTPS://example.com')).toBe('https');
    expect(urlScheme('\u0001 javascript:x')).toBe('javascript');
    expect(urlScheme('java\nscript:x')).toBe('javascript');
    expect(urlScheme('javascript&colon;x')).toBe('javascript');
    expect(urlScheme('/smtp/550/')).toBeNull();
    expect(urlScheme('#faq')).toBeNull();
  });
});

describe('bodyProblems', () => {
  it('names the file and the field', () => {
    expect(bodyProblems('content/replies/550.mdx', '<b onmouseover="x()">b</b>')).toEqual([
      'content/replies/550.mdx: field "body": line 1: the event handler onmouseover= on <b> is not allowed',
    ]);
  });
});

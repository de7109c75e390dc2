/** Every built page is valid HTML (html-validate's recommended rules). */
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlFiles, read, rel } from './builtSite.ts';

const config: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro's compressHTML output and our own choices that are valid HTML:
    'no-trailing-whitespace': 'off',
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    'doctype-style': 'off',
    // Headings with an anchor link and a button are intentional.
    'text-content': 'off',
    'long-title': 'off',
  },
};

describe('HTML validity', () => {
  it('every page has 0 errors', async () => {
    const validator = new HtmlValidate(config);
    const errors: string[] = [];
    for (const file of htmlFiles()) {
      const report = await validator.validateString(read(file), rel(file));
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${rel(file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(errors, errors.slice(0, 40).join('\n')).toEqual([]);
  });
});

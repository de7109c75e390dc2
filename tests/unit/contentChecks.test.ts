import { describe, expect, it } from 'vitest';
import { checkEntries, type EntryFacts } from '../../src/lib/contentChecks.ts';

const entry = (over: Partial<EntryFacts>): EntryFacts => ({
  id: '550',
  filePath: 'content/replies/550.mdx',
  code: '550',
  references: { related: [] },
  body: 'Some explanation.',
  ...over,
});

describe('whole-collection content checks', () => {
  it('accepts consistent entries', () => {
    expect(checkEntries([entry({}), entry({ id: '554', code: '554', filePath: 'content/replies/554.mdx', references: { related: ['550'] } })])).toEqual([]);
  });

  it('names the file and the field when the file name and code disagree', () => {
    const [problem] = checkEntries([entry({ id: '551', filePath: 'content/replies/551.mdx' })]);
    expect(problem).toContain('content/replies/551.mdx');
    expect(problem).toContain('"code"');
  });

  it('reports a duplicate code with both files', () => {
    const problems = checkEntries([entry({}), entry({ id: '550-copy', filePath: 'content/replies/550-copy.mdx' })]);
    expect(problems.some((p) => p.includes('duplicates code 550') && p.includes('content/replies/550.mdx'))).toBe(true);
  });

  it('reports references to codes that have no entry, and to itself', () => {
    const problems = checkEntries([entry({ references: { related: ['599', '550'] } })]);
    expect(problems).toEqual([
      'content/replies/550.mdx: field "related" names 599, which has no page',
      'content/replies/550.mdx: field "related" names the entry\'s own code 550',
    ]);
  });

  it('checks each field against its own set of targets', () => {
    const problems = checkEntries([entry({ references: { enhanced: ['5.1.1', '5.1.99'] } })], (field) =>
      field === 'enhanced' ? new Set(['5.1.1']) : new Set(['550']),
    );
    expect(problems).toEqual(['content/replies/550.mdx: field "enhanced" names 5.1.99, which has no page']);
  });

  it('refuses TODO markers and empty bodies', () => {
    expect(checkEntries([entry({ body: 'TODO: explain' })])[0]).toContain('TODO');
    expect(checkEntries([entry({ body: '  ' })])[0]).toContain('body is empty');
  });
});

/**
 * Reader for the paste evaluation set (`tests/fixtures/pastes.tsv`).
 * Pure: takes the file's text, so tests and benchmark scripts can share it.
 *
 * Format: TAB-separated, header
 *   expected_reply  expected_enhanced  source_kind  line  source
 * An empty cell (or `-`) in an expected column means "no code expected".
 */

export interface PasteFixtureRow {
  expectedReply: string | null;
  expectedEnhanced: string | null;
  sourceKind: string;
  line: string;
  source: string;
}

export const FIXTURE_COLUMNS = ['expected_reply', 'expected_enhanced', 'source_kind', 'line', 'source'] as const;

const expected = (cell: string): string | null => {
  const value = cell.trim();
  return value === '' || value === '-' ? null : value;
};

/** Parse the TSV text into rows. Throws on a bad header or a row with the wrong column count. */
export function parseFixtureTsv(text: string): PasteFixtureRow[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const header = (lines.shift() ?? '').split('\t');
  if (header.length !== FIXTURE_COLUMNS.length || header.some((h, i) => h.trim() !== FIXTURE_COLUMNS[i])) {
    throw new Error(`pastes.tsv: unexpected header "${header.join('|')}"`);
  }
  const rows: PasteFixtureRow[] = [];
  lines.forEach((raw, index) => {
    if (raw.trim() === '') return;
    const cells = raw.split('\t');
    if (cells.length !== FIXTURE_COLUMNS.length) {
      throw new Error(`pastes.tsv line ${index + 2}: expected ${FIXTURE_COLUMNS.length} columns, got ${cells.length}`);
    }
    const [reply, enhanced, sourceKind, line, source] = cells as [string, string, string, string, string];
    rows.push({
      expectedReply: expected(reply),
      expectedEnhanced: expected(enhanced),
      sourceKind: sourceKind.trim(),
      line,
      source: source.trim(),
    });
  });
  return rows;
}

export interface PasteScore {
  rows: number;
  reply: number;
  enhanced: number;
  both: number;
  misses: { row: PasteFixtureRow; got: { reply: string | null; enhanced: string | null } }[];
}

/** Per-field accuracy of a parser on the fixture rows: one definition for the test and the benchmark. */
export function scorePastes(
  rows: readonly PasteFixtureRow[],
  parse: (text: string) => { reply: string | null; enhanced: string | null },
): PasteScore {
  let reply = 0;
  let enhanced = 0;
  let both = 0;
  const misses: PasteScore['misses'] = [];
  for (const row of rows) {
    const got = parse(row.line);
    const replyOk = got.reply === row.expectedReply;
    const enhancedOk = got.enhanced === row.expectedEnhanced;
    reply += Number(replyOk);
    enhanced += Number(enhancedOk);
    both += Number(replyOk && enhancedOk);
    if (!replyOk || !enhancedOk) misses.push({ row, got });
  }
  const n = rows.length || 1;
  return { rows: rows.length, reply: reply / n, enhanced: enhanced / n, both: both / n, misses };
}

/**
 * The browser (reader page, in-page search) and the CLI both call diagnose(); the CLI prints
 * explain(), which must be exactly the CLI mapping of diagnose() for every fixture: the shared
 * corpus (both parts: this checks agreement, not accuracy), the own message fixtures and the
 * one-line paste fixtures. The in-browser half is the reader's e2e test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusMessages, findCorpus, ownMessagesDir } from '../../scripts/lib/bounceCorpus.ts';
import { codeIndexFromContent, projectRoot } from '../../scripts/lib/contentFiles.ts';
import { indexByCode } from '../../src/lib/codeIndex.ts';
import { diagnose, explain } from '../../src/lib/bounce/diagnose.ts';
import { VERDICT_OF } from '../../src/lib/bounce/classify.ts';
import { phraseTarget } from '../../src/lib/bounce/phrases.ts';
import type { Diagnosis } from '../../src/lib/bounce/types.ts';
import { parseFixtureTsv } from '../../src/lib/pasteFixtures.ts';
import { resolvePaste } from '../../src/lib/resolvePaste.ts';

const codes = indexByCode(codeIndexFromContent());
const corpus = findCorpus();
const inputs = [
  ...corpusMessages(ownMessagesDir),
  ...(corpus ? corpusMessages(corpus) : []),
  ...parseFixtureTsv(readFileSync(join(projectRoot, 'tests/fixtures/pastes.tsv'), 'utf8')).map((r, i) => ({ name: `pastes.tsv#${i + 2}`, text: r.line })),
];

/** The bounce type the code's own page states (reply code first); undefined when the site has no page. */
function pageBounce(reply: string | null, enhanced: string | null): 'hard' | 'soft' | null | undefined {
  const record = (reply && codes.get(reply)) || (!reply && enhanced ? codes.get(enhanced) : undefined);
  if (!record) return undefined;
  return record.bounce === 'hard' || record.bounce === 'soft' ? record.bounce : null;
}

/** The CLI contract, written out field by field (not by calling the implementation's mapping). */
function expectedCli(d: Diagnosis, text: string) {
  const failed = d.recipients.filter((r) => !['delivered', 'relayed', 'expanded', 'deliverable'].includes(r.action ?? ''));
  const first = failed[0] ?? d.recipients[0];
  const lead = first?.reply ?? first?.enhanced ?? '';
  const stated = pageBounce(first?.reply ?? null, first?.enhanced ?? null);
  // No code and no page: the words' reason page, as the search box shows it.
  const words = !first?.reply && !first?.enhanced && !first?.url ? phraseTarget(text) : null;
  const wordsPage = words ? codes.get(words.code) ?? null : null;
  const fromWords = words && wordsPage ? words : null;
  return {
    reply: first?.reply ?? null,
    enhanced: first?.enhanced ?? null,
    url: first?.url ?? (fromWords ? wordsPage!.url : null),
    title: first?.title ?? (fromWords ? wordsPage!.title : null),
    bounce: stated !== undefined ? stated : lead.startsWith('5') ? 'hard' : lead.startsWith('4') ? 'soft' : null,
    reason: first?.reason ?? fromWords?.reason ?? null,
    verdict: first?.verdict ?? (fromWords ? VERDICT_OF[fromWords.reason] : null),
    rule: first?.rule ?? null,
    wordsUrl: first?.wordsUrl ?? null,
    ...(d.kind === 'line'
      ? {}
      : {
          recipients: d.recipients.map((r) => ({
            address: r.address, reply: r.reply, enhanced: r.enhanced, reason: r.reason, verdict: r.verdict,
            rule: r.rule, remoteMta: r.remoteMta, diagnostic: r.diagnostic, url: r.url, wordsUrl: r.wordsUrl,
          })),
        }),
  };
}

describe('CLI and browser agree: explain() is the CLI mapping of diagnose()', () => {
  it(`on every fixture (${inputs.length})`, async () => {
    expect(inputs.length).toBeGreaterThan(300);
    for (const { name, text } of inputs) {
      const [d, e] = [await diagnose(text, codes), await explain(text, codes)];
      expect(e, name).toEqual(expectedCli(d, text));
    }
  }, 120_000);

  it('keeps the one-line fast path: same codes, page and bounce type as the resolver', async () => {
    for (const { name, text } of inputs.filter((i) => i.name.startsWith('pastes.tsv'))) {
      const e = await explain(text, codes);
      const old = resolvePaste(text, codes);
      expect({ reply: e.reply, enhanced: e.enhanced, url: e.url, title: e.title, bounce: e.bounce }, name).toEqual(old);
    }
  });
});

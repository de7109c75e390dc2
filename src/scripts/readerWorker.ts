/**
 * Reads pastes off the main thread, so that a huge or hostile paste cannot freeze the page: the
 * reader gives each job a time limit and ends this worker when it runs over.
 */
import { indexByCode, type ResolverRecord } from '../lib/codeIndex.ts';
import { classifyWithPages, diagnose } from '../lib/bounce/diagnose.ts';
import type { Evidence } from '../lib/bounce/classify.ts';

export type ReaderJob = { kind: 'read'; text: string; codes: ResolverRecord[] } | { kind: 'classify'; evidence: Evidence[]; codes: ResolverRecord[] };

self.onmessage = async (event: MessageEvent<ReaderJob>) => {
  const job = event.data;
  try {
    if (job.kind === 'read') {
      postMessage({ ok: true, diagnosis: await diagnose(job.text, indexByCode({ codes: job.codes })) });
    } else {
      const codes = indexByCode({ codes: job.codes });
      postMessage({ ok: true, classifications: job.evidence.map((e) => classifyWithPages(e, codes)) });
    }
  } catch (error) {
    postMessage({ ok: false, error: String(error) });
  }
};

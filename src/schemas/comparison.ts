import { z } from 'astro/zod';
import { prose, reviewedInfo } from './fields.ts';

const code = z.string().regex(/^([2-5][0-5]\d|[245]\.\d{1,3}\.\d{1,3})$/, { message: 'must be a reply code (550) or a concrete enhanced code (5.1.1)' });

/** `content/comparisons/<a>-vs-<b>.mdx`: hand-written narrative added to a generated pair page. */
export const comparisonSchema = z
  .object({
    a: code,
    b: code,
    /** One sentence shown first, replacing the generated headline. */
    lead: prose(40).optional(),
    reviewed: reviewedInfo,
  })
  .strict();

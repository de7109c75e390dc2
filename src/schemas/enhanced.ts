import { z } from 'astro/zod';
import { category, declaredFacts, faqItem, fixes, httpUrl, logLine, prose, reviewedInfo, severity, standardRef } from './fields.ts';

const classDigit = z.enum(['2', '4', '5']);

/** Codes the IANA registry lacks but a provider documents and sends. */
const vendor = z.object({
  name: prose(2),
  evidence: z.array(httpUrl).min(1),
  note: prose(20),
});

/**
 * Frontmatter of `content/enhanced/X.<subject>.<detail>.mdx`. One entry covers every class the
 * registry allows for the code; `classNotes` says what differs between, say, 4.2.2 and 5.2.2.
 */
export function enhancedSchema<Related extends z.ZodType>(related: Related) {
  return z
    .object({
      code: z.string().regex(/^X\.\d{1,3}\.\d{1,3}$/, { message: 'must be written like "X.1.1" (the registry spelling)' }),
      title: prose(3),
      summary: prose(40).refine((s) => s.length <= 260, { message: 'must be one sentence of at most 260 characters' }),
      category,
      severity,
      classes: z.array(classDigit),
      classNotes: z.partialRecord(classDigit, prose(30)),
      standards: z.array(standardRef).default([]),
      vendor: vendor.optional(),
      /** A vendor block of details documented as one (Microsoft's 5.7.606-649): [first, last]. */
      detailRange: z.tuple([z.number().int().min(0), z.number().int().max(999)]).optional(),
      /** For a registry code that only an Internet-Draft defines (X.7.28). */
      draft: prose(5).optional(),
      deprecated: z.boolean().default(false),
      logLines: z.array(logLine).min(2, { message: 'needs at least 2 log lines' }),
      causes: z.array(prose(10)).min(2, { message: 'needs at least 2 causes' }),
      fixes,
      faq: z.array(faqItem).min(3, { message: 'needs at least 3 questions' }),
      replyCodes: z.array(z.string().regex(/^[2-5][0-5][0-9]$/)).default([]),
      /** Per-code facts overriding the class rules, each with its source (src/lib/facts.ts). */
      facts: declaredFacts.optional(),
      related: z.array(related).default([]),
      reviewed: reviewedInfo,
    })
    .strict()
    .refine((d) => !d.detailRange || (d.vendor !== undefined && d.detailRange[0] === Number(d.code.split('.')[2]) && d.detailRange[1] > d.detailRange[0]), {
      message: 'a range is for vendor codes only, starts at the entry\'s own detail and ends above it',
      path: ['detailRange'],
    })
    .refine((d) => d.classes.length > 0 || d.deprecated, {
      message: 'must list the classes (2, 4, 5) this code is used with',
      path: ['classes'],
    })
    .refine((d) => d.standards.length > 0 || d.vendor !== undefined || d.draft !== undefined, {
      message: 'needs at least one standard, a "draft", or a "vendor" block for codes the IANA registry lacks',
      path: ['standards'],
    })
    .refine((d) => d.classes.every((c) => d.classNotes[c] !== undefined) && Object.keys(d.classNotes).every((c) => d.classes.includes(c as '2')), {
      message: 'needs exactly one note per listed class',
      path: ['classNotes'],
    });
}

import { z } from 'astro/zod';
import { category, declaredFacts, enhancedCodeRef, faqItem, fixes, logLine, prose, reviewedInfo, severity, standardRef, unofficial } from './fields.ts';

/** Frontmatter of `content/replies/<code>.mdx`; the MDX body is the long-form "what it means". */
export function replySchema<Related extends z.ZodType>(related: Related) {
  return z
    .object({
      code: z.string().regex(/^[2-5][0-5][0-9]$/, { message: 'must be a three-digit reply code from 200 to 559, quoted as a string' }),
      title: prose(3),
      summary: prose(40).refine((s) => s.length <= 260, { message: 'must be one sentence of at most 260 characters' }),
      category,
      severity,
      standards: z.array(standardRef).default([]),
      unofficial: unofficial.optional(),
      logLines: z.array(logLine).min(2, { message: 'needs at least 2 log lines' }),
      playsOut: z.array(prose(10)).min(2, { message: 'needs at least 2 steps' }),
      causes: z.array(prose(10)).min(2, { message: 'needs at least 2 causes' }),
      fixes,
      faq: z.array(faqItem).min(3, { message: 'needs at least 3 questions' }),
      related: z.array(related).default([]),
      enhanced: z.array(enhancedCodeRef).default([]),
      /** Per-code facts overriding the class rules, each with its source (src/lib/facts.ts). */
      facts: declaredFacts.optional(),
      reviewed: reviewedInfo,
    })
    .strict()
    .refine((d) => d.standards.length > 0 || d.unofficial !== undefined, {
      message: 'needs at least one standard, or an "unofficial" block for codes no RFC defines',
      path: ['standards'],
    });
}

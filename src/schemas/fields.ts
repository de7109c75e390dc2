import { z } from 'astro/zod';
import { ACTIONS, CATEGORIES } from '../lib/advice.ts';
import { STAGES } from '../lib/commandReplies.ts';
import { DECIDING, FATES } from '../lib/facts.ts';
import { severityLabel } from '../ui/strings.ts';

/**
 * Building blocks shared by the reply-code and enhanced-code schemas.
 * Every prose field refuses the TODO markers that `npm run new` scaffolds, so an
 * unfinished entry cannot ship.
 */
export const prose = (min = 1) =>
  z
    .string()
    .trim()
    .min(min, { message: `must be at least ${min} characters` })
    .refine((s) => !/\bTODO\b/.test(s), { message: 'still contains a TODO marker' });

export const category = z.enum(CATEGORIES as unknown as [string, ...string[]]);

export const severity = z.enum(Object.keys(severityLabel) as [string, ...string[]]);

/** A standard that defines the code: an RFC and, where known, the section. */
export const standardRef = z.object({
  rfc: z.string().regex(/^RFC \d{3,5}$/, { message: 'must look like "RFC 5321"' }),
  section: z.string().regex(/^[0-9A-Z][0-9.]*$/).nullable().default(null),
});

export const logLine = z.object({
  source: prose(2),
  line: prose(5),
});

export const faqItem = z.object({
  q: prose(10).refine((s) => s.endsWith('?'), { message: 'a question must end with "?"' }),
  a: prose(40),
});

export const fixes = z.object({
  senders: z.array(prose(10)).min(1),
  admins: z.array(prose(10)).min(1),
});

/**
 * A link to public evidence: http(s) to a named host only, so no javascript:, data: or other
 * scheme can reach a page through frontmatter.
 */
export const httpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain, message: 'must be an http:// or https:// address' });

/** For codes real servers send that no RFC (or registry) defines: who sends them and how we know. */
export const unofficial = z.object({
  seenFrom: z.array(prose(2)).min(1),
  evidence: z.array(httpUrl).min(1),
  note: prose(20),
});

export const reviewedInfo = z.object({
  date: z.coerce.date(),
  // Optional on purpose: we never invent reviewers.
  by: prose(2).optional(),
});

export const enhancedCodeRef = z
  .string()
  .regex(/^[245]\.\d{1,3}\.\d{1,3}$/, { message: 'must be a concrete enhanced code such as "5.1.1"' });

/** A source for a declared fact: an RFC section, or a vendor document's URL with a name. */
const factSource = prose(5).refine((s) => /\bRFC \d{3,5}\b|https?:\/\//.test(s), { message: 'must cite an RFC ("RFC 5321 §4.3.2") or a vendor URL' });

const dependsFields = {
  /** Enhanced entries: the classes the value holds for (all when absent), e.g. only 5.7.1, not 4.7.1. */
  classes: z.array(z.enum(['2', '4', '5'])).optional(),
  decidedBy: z.array(z.enum(DECIDING as unknown as [string, ...string[]])).optional(),
  note: prose(20).optional(),
  source: factSource,
};

/**
 * Per-code facts that override what the class implies (src/lib/facts.ts): what happens to the
 * message, what the sender should do, extra commands the code answers. Each names its source;
 * "depends" must say what decides it and how.
 */
export const declaredFacts = z
  .object({
    fate: z.object({ value: z.enum(FATES as unknown as [string, ...string[]]), ...dependsFields }).strict().optional(),
    action: z.object({ value: z.enum(ACTIONS as unknown as [string, ...string[]]), ...dependsFields }).strict().optional(),
    stages: z.object({ add: z.array(z.enum(STAGES as unknown as [string, ...string[]])).min(1), source: factSource }).strict().optional(),
  })
  .strict()
  .refine((f) => [f.fate, f.action].every((v) => !v || v.value !== 'depends' || ((v.decidedBy?.length ?? 0) > 0 && v.note)), {
    message: 'a "depends" value needs decidedBy (command, enhanced code, reply text, report) and a note saying how',
  });

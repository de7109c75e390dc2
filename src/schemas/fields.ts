import { z } from 'astro/zod';
import { CATEGORIES } from '../lib/advice.ts';
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

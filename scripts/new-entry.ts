/**
 * Scaffolds a content entry with every field present and TODO markers the build rejects,
 * so an unfinished entry cannot ship.
 *
 *   npm run new -- 422        → content/replies/422.mdx
 *   npm run new -- 5.7.606    → content/enhanced/X.7.606.mdx
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryCodeOf, isEntryCode } from '../src/lib/enhancedCode.ts';
import { isReplyCode } from '../src/lib/replyCode.ts';
import replies from '../src/data/smtp-reply-codes.json' with { type: 'json' };
import registry from '../src/data/smtp-enhanced-status-codes.json' with { type: 'json' };
import { contentDir } from './lib/contentFiles.ts';

const today = new Date().toISOString().slice(0, 10);
const q = (s: string) => JSON.stringify(s);

function standardsYaml(rfcs: string[], sections: Record<string, string | null> = {}): string {
  if (rfcs.length === 0) return 'standards: []  # TODO: add the RFC, or an "unofficial"/"vendor" block';
  return `standards:\n${rfcs.map((r) => `  - rfc: ${q(r)}\n    section: ${sections[r] ? q(sections[r]!) : 'null'}`).join('\n')}`;
}

const common = `logLines:
  - source: "TODO: where the line comes from (Postfix, Gmail, …)"
    line: "TODO: a real log line"
  - source: "TODO"
    line: "TODO: a second real log line"
causes:
  - "TODO: a cause specific to this code"
  - "TODO: another cause"
fixes:
  senders:
    - "TODO: what a sender should do"
  admins:
    - "TODO: what a developer or mail admin should do"
faq:
  - q: "TODO: a question a support engineer asks?"
    a: "TODO: an answer of two sentences or more."
  - q: "TODO: a second question?"
    a: "TODO: an answer."
  - q: "TODO: a third question?"
    a: "TODO: an answer."
related: []
reviewed:
  date: ${today}
---

TODO: the long-form explanation of what this code means (no headings; put <, >, { and } in backticks).
`;

/** The opening fields both kinds of entry share. */
function head(code: string, title: string | undefined, category: string): string {
  return `---
code: ${q(code)}
title: ${q(title ?? 'TODO: official title, registry title or vendor title')}
summary: "TODO: one sentence a reader understands at a glance"
category: ${category}  # TODO: protocol, connection, authentication, encryption, mailbox, routing, policy, capacity or content
severity: medium  # TODO: info, low, medium, high or critical`;
}

function replyTemplate(code: string): string {
  const ref = replies.find((r) => r.code === code);
  return `${head(code, ref?.title, 'protocol')}
${standardsYaml(ref?.rfc ?? [], ref?.sections as unknown as Record<string, string | null>)}
playsOut:
  - "TODO: what happens on the wire, step by step"
  - "TODO: and after"
enhanced: []
${common}`;
}

function enhancedTemplate(code: string): string {
  const ref = registry.find((r) => r.code === code);
  const classes = ref?.classes ?? ['5'];
  return `${head(code, ref?.title, 'policy')}
classes: [${classes.map(q).join(', ')}]
classNotes:
${classes.map((c) => `  ${q(c)}: "TODO: what ${c}${code.slice(1)} means for the reader"`).join('\n')}
${standardsYaml(ref?.rfc ?? [])}
replyCodes: []
${common}`;
}

const input = process.argv[2] ?? '';
let file: string;
let text: string;
if (isReplyCode(input)) {
  file = join(contentDir, 'replies', `${input}.mdx`);
  text = replyTemplate(input);
} else if (isEntryCode(input) || entryCodeOf(input)) {
  const code = isEntryCode(input) ? input : entryCodeOf(input)!;
  file = join(contentDir, 'enhanced', `${code}.mdx`);
  text = enhancedTemplate(code);
} else {
  console.error(`"${input}" is neither a reply code (550) nor an enhanced code (5.1.1 or X.1.1).`);
  process.exit(2);
}
if (existsSync(file)) {
  console.error(`${file} already exists; edit it instead.`);
  process.exit(1);
}
writeFileSync(file, text);
console.log(`Created ${file}. Replace every TODO; the build refuses the entry until you do.`);

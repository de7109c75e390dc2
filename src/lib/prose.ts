/**
 * Text measures used by the content check: word counts and sentences shared between entries.
 * Pure functions so they run in tests, scripts and the build alike.
 */

/** Strips MDX/Markdown syntax that is not prose: tables' pipes, emphasis marks, code fences, tags. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>\n]{0,500}>/g, ' ')
    .replace(/^\s*\|?\s*:?-{3,}.*$/gm, ' ')
    .replace(/[|*_`#>]/g, ' ')
    .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1');
}

export function countWords(text: string): number {
  const words = markdownToText(text).match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return words ? words.length : 0;
}

/** Sentences of at least `minWords` words, normalised so that spacing and case do not hide a copy. */
export function longSentences(text: string, minWords = 12): string[] {
  return markdownToText(text)
    .split(/(?<=[.!?])\s+|\n{2,}/)
    .map((s) => s.replace(/\s+/g, ' ').trim().toLowerCase())
    .filter((s) => s.split(' ').length >= minWords);
}

/** Sentences that appear in more than one document: `{ sentence, owners }` for each. */
export function sharedSentences(docs: ReadonlyMap<string, string>, minWords = 12): { sentence: string; owners: string[] }[] {
  const owners = new Map<string, Set<string>>();
  for (const [name, text] of docs) {
    for (const sentence of longSentences(text, minWords)) {
      let set = owners.get(sentence);
      if (!set) owners.set(sentence, (set = new Set()));
      set.add(name);
    }
  }
  return [...owners]
    .filter(([, set]) => set.size > 1)
    .map(([sentence, set]) => ({ sentence, owners: [...set].sort() }));
}

/** Names that keep their capital inside a sentence ("Typical cause: Microsoft 365 …", never "microsoft 365"). */
const PROPER_NOUNS = new Set([
  'Microsoft', "Microsoft's", 'Exchange', "Exchange's", 'Gmail', 'Google', "Google's", 'Yahoo', 'Outlook', 'Postfix', "Postfix's",
  'Exim', 'Sendmail', 'Amazon', 'Proofpoint', 'Mimecast', 'Spamhaus', 'Apple', 'iCloud', 'Zoho', 'Office', 'Barracuda', 'Cisco',
  'Fastmail', 'Comcast', 'Hotmail', 'Windows', 'Linux', 'Node', 'Python', 'Java', 'PHP', 'Mailgun', 'SendGrid', 'Postmark', 'Yandex',
]);

/**
 * Lower-cases the first letter so a title or cause can continue a sentence, unless the first
 * word is a name (Microsoft), an acronym or code (DNS, SPF, UTF-8, 5.7.1) or mixed case (iCloud).
 */
export function lowerFirst(text: string): string {
  const first = /^[^\s,:;]+/.exec(text)?.[0] ?? '';
  const bare = first.replace(/[’']s$/u, '').replace(/[^\p{L}\d-]/gu, '');
  if (PROPER_NOUNS.has(first) || PROPER_NOUNS.has(bare)) return text;
  if (/[\p{Lu}\d]/u.test(first.slice(1)) || !/^\p{Lu}/u.test(first)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

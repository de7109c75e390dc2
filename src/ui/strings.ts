/**
 * Every user-facing string of the site's chrome lives here, in English, so that a page
 * can never mix languages and a wording change is made once.
 */
import type { Action, Category } from '../lib/advice.ts';
import type { BounceType, Outcome, ReplyGroup } from '../lib/replyCode.ts';

export const site = {
  name: 'SMTP Codes',
  description:
    'What every SMTP reply code and enhanced status code means, why a server sent it, and how to fix the bounce. Paste an error to jump to its page.',
  footerBefore: 'Facts from the RFCs and the ',
  footerRegistry: 'IANA SMTP Enhanced Status Codes registry',
  footerAfter: '. Explanations written for this site.',
  skipToContent: 'Skip to content',
  home: 'All codes',
  backToIndex: '← All SMTP codes',
};

export const search = {
  label: 'Search codes or paste an error',
  formLabel: 'Site search',
  resultsLabel: 'Search results',
  heroLabel: 'Paste the bounce or error you got',
  heroHint: 'A line with a code, such as 550 5.1.1 User unknown, opens that code’s page. Words alone work too: mailbox full, relay access denied.',
  phraseMatch: 'Matched from your words, not from a code: if your bounce has a code, paste it to be sure.',
  // Short enough to show whole in the phone header; the home page's paste area gives the example.
  placeholder: 'Paste an error or a code',
  heroPlaceholder: 'e.g. 550 5.1.1 User unknown',
  submit: 'Search',
  shortcutHint: 'Press / to search',
  bestMatch: 'Best match',
  comparison: 'Comparison',
  detectedReply: 'Reply code',
  detectedEnhanced: 'Enhanced code',
  noPage: 'This site has no page for this code yet.',
  meansHere: 'In this reply:',
  wordsPage: 'What the words say:',
  textResults: 'Pages mentioning these words',
  noResults: 'No page matches. Try fewer words or just the code, such as 550 or 5.1.1.',
  loading: 'Searching…',
  unavailable: 'Search is unavailable right now. Browse all codes instead.',
  moreResults: (n: number) => `More results (${n})`,
  alsoSearch: (words: string) => `Also search pages for “${words}”`,
  noscript: 'Search needs JavaScript. Every code is listed on the index page.',
};

/** Strings the small page script (copy buttons, comparison picker) shows; rendered into data attributes, so the script ships none. */
export const enhance = {
  copied: 'Copied',
  copyManually: 'Copy manually',
  copyPrompt: 'Copy this:',
  copyLink: 'Copy link',
  copyForTicket: 'Copy for ticket',
  compareWith: 'Compare {code} with',
  compare: 'Compare',
  choose: 'Choose a code…',
};


export const outcomeLabel: Record<Outcome, string> = {
  success: 'Success',
  intermediate: 'Intermediate',
  transient: 'Transient failure',
  permanent: 'Permanent failure',
};

/**
 * `rule` is what the class digit says of every code in it; `explanation` adds what usually
 * happens to the message, which a code's declared fate can override (DigitAnatomy then shows
 * `rule` and the override instead).
 */
export const replyClassInfo: Record<'2' | '3' | '4' | '5', { range: string; name: string; rule: string; explanation: string }> = {
  '2': {
    range: '2xx',
    name: 'Positive completion',
    rule: 'The server did what the command asked.',
    explanation:
      'The server did what the command asked. Nothing bounced: these replies show up in logs and debug traces, not in bounce messages.',
  },
  '3': {
    range: '3xx',
    name: 'Positive intermediate',
    rule: 'The server accepted the command so far and is waiting for more.',
    explanation:
      'The server accepted the command so far and is waiting for more: the message text after DATA, or the next step of an AUTH exchange.',
  },
  '4': {
    range: '4xx',
    name: 'Transient negative completion',
    rule: 'The command failed this time, but the condition is expected to clear.',
    explanation:
      'The command failed this time, but the condition is expected to clear. Mail servers keep the message queued and retry, so a 4xx is a soft bounce or a deferral.',
  },
  '5': {
    range: '5xx',
    name: 'Permanent negative completion',
    rule: 'The command failed and repeating it unchanged will fail again.',
    explanation:
      'The command failed and repeating it unchanged will fail again. The message is returned to the sender as a hard bounce; something must change before sending again.',
  },
};

export const enhancedClassInfo: Record<'2' | '4' | '5', { name: string; rule: string; explanation: string }> = {
  '2': { name: 'Success', rule: 'The action succeeded.', explanation: 'The action succeeded; the rest of the code adds detail.' },
  '4': {
    name: 'Persistent transient failure',
    rule: 'The action failed for now; the condition is expected to clear.',
    explanation: 'Delivery failed for now; the same message may succeed if sent again later.',
  },
  '5': {
    name: 'Permanent failure',
    rule: 'The action failed, and repeating it unchanged will fail again.',
    explanation: 'Delivery failed and sending the same message again will not work until something changes.',
  },
};

/** The first-digit row where the code's declared fate overrides what its class usually means for the message. */
export const classOverride = (code: string) => `What happens to the message with ${code} is not the class default: see “Bounce type” in At a glance.`;

export const bounceLabel: Record<BounceType | 'depends', string> = {
  depends: 'Depends on the command',
  none: 'Not a bounce',
  soft: 'Soft bounce',
  hard: 'Hard bounce',
};

export const categoryLabel: Record<Category, string> = {
  protocol: 'Protocol',
  connection: 'Connection',
  authentication: 'Authentication',
  encryption: 'Encryption',
  mailbox: 'Mailbox',
  routing: 'Routing',
  policy: 'Policy',
  capacity: 'Capacity',
  content: 'Content',
};

export const severityLabel = {
  info: 'Informational',
  low: 'Low severity',
  medium: 'Medium severity',
  high: 'High severity',
  critical: 'Critical severity',
} as const;
export type Severity = keyof typeof severityLabel;

export const actionLabel: Record<Action, string> = {
  none: 'Nothing to do: the step succeeded.',
  continue: 'Nothing to fix: the client goes on with the next step of the exchange.',
  retry: 'Let your server retry with backoff; investigate only if the deferral lasts for hours.',
  'fix-and-resend': 'Do not retry unchanged: fix the cause first, then send again.',
  suppress: 'Do not retry: correct the address or remove it from your list.',
  depends: 'It depends on the rest of the reply: read it before acting.',
};

export const groupLabel: Record<ReplyGroup, string> = {
  syntax: 'syntax: the command itself, its form or whether it is supported',
  information: 'information: replies to requests for status or help',
  connections: 'connections: the transmission channel',
  unspecified: 'not assigned a group by RFC 5321',
  'mail-system': 'mail system: the state of the receiver with respect to the requested transfer',
};

export const sections = {
  atAGlance: 'At a glance',
  inYourLogs: 'What it looks like in your logs',
  whatItMeans: 'What it means',
  digits: 'What each digit says',
  howItPlaysOut: 'How it plays out',
  softVsHard: 'Soft vs hard bounce',
  causes: 'Common causes',
  howToFix: 'How to fix it',
  forSenders: 'For senders',
  forAdmins: 'For developers and mail admins',
  faq: 'Frequently asked questions',
  related: 'Related codes',
  enhancedSeen: 'Enhanced status codes seen with it',
  replySeen: 'Reply codes it arrives with',
  lastReviewed: 'Last reviewed',
  onThisPage: 'On this page',
};

/** Sentences around the reply ↔ enhanced lists, which are built from evidence (src/lib/crossLinks.ts). */
export const sectionsText = {
  enhancedSeenIntro: 'Enhanced codes that come with it in the log lines on this site or in the IANA registry, those in the most log lines here first (a count of this site’s examples, not of real traffic):',
  allEnhanced: 'All enhanced status codes, by subject',
  replyViaSibling: (code: string, sibling: string) =>
    `No reply code is recorded with ${code} itself. Its other class, ${sibling}, arrives with these:`,
};

export const glance = {
  code: 'Code',
  bounceType: 'Bounce type',
  severity: 'Severity',
  category: 'Category',
  whatToDo: 'What to do',
  standard: 'Standard',
  class: 'Class',
  declared: (source: string) => `this code differs from its class here: ${source}`,
  coversRange: (first: string, last: string) => `(this page covers ${first} to ${last}, which the vendor documents as one)`,
};

export const softHard = {
  caption: (code: string) => `Where ${code} sits: soft bounce vs hard bounce`,
  aspect: 'Aspect',
  soft: 'Soft bounce (4xx)',
  hard: 'Hard bounce (5xx)',
  rows: [
    { label: 'Nature', soft: 'Temporary', hard: 'Permanent' },
    { label: 'Reply class', soft: '4xx', hard: '5xx' },
    { label: 'What your server does', soft: 'Keeps the message queued and retries', hard: 'Returns the message to the sender' },
    { label: 'What you do', soft: 'Wait; act if it lasts for hours', hard: 'Fix the cause before sending again' },
    { label: 'Recoverable without changes?', soft: 'Often', hard: 'No' },
  ],
  thisCode: (code: string) => `${code} is`,
  marker: 'this code',
  depends: (code: string, note: string) => `Whether ${code} bounces depends on more than its digits. ${note}`,
  notABounce: (code: string, outcome: string) =>
    `${code} is not a bounce. It is a ${outcome.toLowerCase()} reply: nothing failed, so there is nothing to retry or suppress. The table shows where a failure would sit.`,
  actionOverride: (code: string, note: string) => `The table shows the class; what to do with ${code} departs from it: ${note}`,
  /** A failure reply that refuses one command but affects no message (459 to ETRN, 453 to ATRN). */
  noMessageFailure: (code: string, outcome: string) =>
    `${code} is not a bounce. It is a ${outcome.toLowerCase()} reply to a command that carries no message, so no message is deferred or returned and no address needs removing; the page says what to do about the command. The table shows where a bounce would sit.`,
};

export const logs = {
  otherClassOnly: (code: string, siblings: string) =>
    `Real logs rarely show ${code}. The log lines this site has for this code's entry are ${siblings} lines, on that page.`,
  successRare: (code: string, failures: string) =>
    `Real logs rarely show ${code}: a success seldom carries this detail. The log lines of this subject are on the ${failures} pages, which report failures.`,
  transientFixes: (code: string) =>
    `Your server retries ${code} by itself, so nothing here is urgent: these steps are for a deferral that lasts for hours, or for the final report your server sends if the retries run out. Act on that final report, not on the deferral.`,
  otherClassNone: (code: string) => `Real logs rarely show ${code}, and this site has no log line of it yet.`,
  source: 'Source',
  intro: 'Real servers word this reply differently. These are typical lines (addresses and hosts replaced); where a source names an RFC, the line shows the form that RFC gives, because no product’s own wording is on record:',
};

export const digits = {
  first: 'First digit',
  second: 'Second digit',
  third: 'Third digit',
  thirdMeaning: 'Finer distinction within the group; the full code names the exact condition.',
  enhancedClass: 'Class',
  enhancedSubject: 'Subject',
  enhancedDetail: 'Detail',
};

export const reviewed = {
  label: 'Last reviewed',
  by: (name: string) => `by ${name}`,
};

export const standard = {
  notInRfc: 'Not defined by any RFC',
  seenFrom: (who: string) => `Seen from ${who}.`,
};

export const indexPage = {
  title: 'SMTP reply codes and enhanced status codes',
  intro:
    'Every SMTP reply starts with a three-digit code, and most bounces add an enhanced status code such as 5.1.1. Paste the error above, or find your code below: failures first.',
  replyHeading: 'Failure reply codes: 5xx and 4xx',
  otherRepliesHeading: 'Replies that are not failures: 2xx and 3xx',
  jump: 'Jump to',
  enhancedJump: 'Enhanced codes',
  enhancedHeading: 'Enhanced status codes by subject',
  from: 'From',
  classUsually: 'That is what usually happens; a code that answers a command carrying no message (VRFY, AUTH, ETRN …) says on its page where it differs.',
};

export const notFound = {
  title: 'Page not found',
  body: 'No page lives at this address. Search for a code or paste the error you have:',
};

export function formatStandard(rfc: string, section: string | null): string {
  return section ? `${rfc} §${section}` : rfc;
}

/**
 * The "Copy for ticket" text: Markdown a support engineer can paste as is. The page script fills
 * the {placeholders}; {whatToDo} is read from the page's own at-a-glance row, so the ticket says
 * what the page says, and the links (the "How to fix it" section and the page) are the address
 * the page is served from.
 */
export const ticketTemplate = /* @__PURE__ */ ['**SMTP {code}: {title}**', 'What to do: {whatToDo}', `${sections.howToFix}: {fixUrl}`, 'Details: {pageUrl}'].join('\n');

/**
 * Extract the SMTP reply code (e.g. `550`) and the enhanced status code
 * (e.g. `5.1.1`, RFC 3463) from whatever a support engineer pastes: a bounce
 * message, an MTA log line, a library exception, a JSON webhook payload…
 *
 * Pure module: no Node APIs, no Astro imports. It runs in the browser too.
 *
 * How it works (every step is linear in the input length):
 *   1. Cap the input at MAX_SCAN_CHARS and turn literal `\n` escapes into blanks.
 *   2. Mask noise (URLs, e-mail addresses, IPv4/IPv6, dotted version numbers
 *      with 4+ parts, clock times) with blanks of the same length, so offsets
 *      stay valid and nothing inside them can look like a code.
 *   3. Walk every maximal numeric token (`\d+(\.\d+)*`). Three-digit tokens
 *      become reply candidates, `c.s.d` tokens become enhanced candidates,
 *      each only if the characters and the word around it allow it.
 *   4. Pair each reply with the enhanced code right after it, score both kinds
 *      by context and pick the best (ties: the first, i.e. the outer reply).
 */

export interface ParsedError {
  reply: string | null;
  enhanced: string | null;
}

/** Only the first 64 KiB are scanned; real bounces put their codes near the top. */
export const MAX_SCAN_CHARS = 64 * 1024;

const REPLY_RE = /^[2-5][0-5]\d$/;
/** class 2/4/5, one-digit subject, 1-3 digit detail (vendor codes like 5.7.606). */
const ENHANCED_RE = /^[245]\.\d\.\d{1,3}$/;

/** True for a well-formed reply code such as `550`. */
export function isReplyCode(code: string): boolean {
  return REPLY_RE.test(code);
}

/** True for a well-formed enhanced status code such as `5.1.10`. */
export function isEnhancedCode(code: string): boolean {
  return ENHANCED_RE.test(code);
}

export interface Candidate {
  code: string;
  start: number;
  end: number;
  /** context score: how strongly the surrounding text says "this is a code" */
  score: number;
  /** enhanced codes only: introduced by a field name such as `Status:` or `dsn=` */
  keyed?: boolean;
}

// ---------------------------------------------------------------------------
// Step 1 + 2: normalisation and noise masking
// ---------------------------------------------------------------------------

const blank = (s: string): string => ' '.repeat(s.length);

/**
 * Every pattern starts with a negative lookbehind for its own leading
 * character class, so a match can only begin at the start of a run: even a
 * 1 MB run of digits is tried from one position, keeping the scan linear.
 */
const NOISE_PATTERNS: readonly RegExp[] = [
  // URLs (scheme:// or www.) up to the next blank or quote
  /(?<![\w.+-])(?:[a-z][a-z0-9+.-]{1,15}:\/\/|www\.)[^\s<>"'`]*/gi,
  // e-mail addresses
  /(?<![\w.+%-])[\w.+%-]+@[\w-]+(?:\.[\w-]+)*/g,
  // clock times hh:mm with optional seconds and fraction (`03:52:04,534`)
  /(?<![\d:.])\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,6})?(?![\d:])/g,
  // IPv6 (2..7 colon groups, optional embedded IPv4 tail)
  /(?<![\w.])(?:[0-9a-f]{1,4})?(?::[0-9a-f]{0,4}){2,7}(?:\.\d+)*/gi,
];

/** Dotted numbers with 4+ groups: IPv4, versions like 4.16.55.1, `5.1.1.2`. */
const DOTTED_LONG = /(?<![\d.])\d+(?:\.\d+){3,}/g;
/** `550.5.7.0` is a reply glued to an enhanced code, not an address: keep it. */
const GLUED_REPLY_ENHANCED = /^([2-5][0-5]\d)\.([245])\.\d\.\d{1,3}$/;

function maskDottedLong(match: string): string {
  const glued = GLUED_REPLY_ENHANCED.exec(match);
  if (glued && glued[1]![0] === glued[2]) return match;
  return blank(match);
}

/**
 * Replace noise with blanks of equal length. Also turns literal escape
 * sequences (`\n`, `\r`, `\t` as they appear in JSON or Python reprs) into
 * blanks so `at\n535 5.7.8` still has a token boundary before `535`.
 */
export function maskNoise(text: string): string {
  let out = text.replace(/\\[nrt]/g, '  ');
  out = out.replace(DOTTED_LONG, maskDottedLong);
  for (const re of NOISE_PATTERNS) out = out.replace(re, blank);
  return out;
}

// ---------------------------------------------------------------------------
// Step 3: context helpers
// ---------------------------------------------------------------------------

const isAsciiAlnum = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c);
const isAsciiLetter = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** Characters skipped when looking back for the word that introduces a code. */
const LOOKBACK_SEPARATORS = new Set([' ', '\t', '\n', '\r', ':', '=', '"', "'", '(', '[', '{', ',', ';', '#', '<', '>', '-']);
const MAX_LOOKBACK = 48;

interface PrevWord {
  /** lower-cased token, e.g. `responsecode`, `smtp.rb`, `http/1.1` */
  word: string;
  /** the separators between that word and the code, e.g. `: ` or `; ` */
  separator: string;
  /** index where the word starts */
  start: number;
}

/** The token before position `pos`, skipping separators (bounded lookback). */
export function previousWord(text: string, pos: number): PrevWord {
  const limit = Math.max(0, pos - MAX_LOOKBACK);
  let i = pos - 1;
  while (i >= limit && LOOKBACK_SEPARATORS.has(text[i]!)) i--;
  const sepStart = i + 1;
  const end = i + 1;
  while (i >= limit && /[\p{L}\p{N}_./\\-]/u.test(text[i]!)) i--;
  const word = text.slice(i + 1, end).toLowerCase().replace(/^[-.]+|[-.]+$/g, '');
  return { word, separator: text.slice(sepStart, pos), start: i + 1 };
}

/** True when only blanks or quoting marks (`>`, `<<<`, `*`, `|`, quotes) precede `pos` on its line. */
function atLineStart(text: string, pos: number): boolean {
  for (let i = pos - 1, seen = 0; i >= 0 && seen < 12; i--, seen++) {
    const c = text[i]!;
    if (c === '\n' || c === '\r') return true;
    if (!/[\s>*|"'`<#-]/.test(c)) return false;
  }
  return pos <= 12 && /^[\s>*|"'`<#-]*$/.test(text.slice(0, pos));
}

/** Words after which a three-digit number is a reply code (strong evidence). */
const REPLY_CONTEXT_WORDS = new Set([
  'smtp', 'esmtp', 'x-postfix', 'said', 'error', 'err', 'failed', 'failure', 'response', 'responded', 'reply',
  'replied', 'returned', 'reason', 'code', 'responsecode', 'response_code', 'replycode', 'smtpcode', 'smtp_code',
  'rcode', 'status', 'stat', 'recv', 'client', 'reject', 'rejected', 'refused', 'deferred', 'bounced',
  'diagnostic-code', 'diagnosticcode', 'smtpresponse', 'smtp-response', 'was', 'me',
]);
/** Keys whose `key=NNN` value is a reply code; any other `key=NNN` (size=, pri=) is not. */
const REPLY_KEYS = new Set([
  'reply', 'code', 'rcode', 'smtpcode', 'smtp_code', 'responsecode', 'response_code', 'response', 'status',
  'stat', 'smtp', 'error', 'err', 'reject', 'result', 'reason', 'replycode',
  // Exchange's "LED=" (last error description) in message-tracking and NDR diagnostics.
  'led',
]);
/** Words after which a three-digit number is something else (line 550, port 465, RFC 821…). */
const REPLY_NEGATIVE_WORDS = new Set([
  'port', 'ports', 'line', 'lines', 'pid', 'ppid', 'tid', 'uid', 'gid', 'size', 'length', 'len', 'bytes', 'version',
  'ver', 'v', 'rfc', 'id', 'no', 'nr', 'num', 'number', 'page', 'pages', 'chapter', 'section', 'sec', 'step', 'item',
  'row', 'col', 'column', 'char', 'build', 'release', 'limit', 'max', 'maximum', 'min', 'minimum', 'timeout',
  'delay', 'delays', 'ttl', 'count', 'nrcpt', 'nrcpts', 'score', 'pri', 'priority', 'http', 'https', 'width',
  'height', 'chmod', 'umask', 'mode', 'exit', 'errno', 'job', 'ticket', 'issue', 'pr', 'order', 'invoice', 'ext',
  'tel', 'phone', 'fax', 'ref', 'defer', 'total', 'top', 'first', 'last', 'over', 'under', 'than', 'about',
]);
/** Units after a number: `550 bytes`, `250 ms`, `450 KB` are sizes/durations. */
const UNIT_WORDS = new Set([
  'bytes', 'byte', 'bits', 'kb', 'mb', 'gb', 'kib', 'mib', 'gib', 'ms', 'msec', 'millis', 'milliseconds', 's',
  'sec', 'secs', 'second', 'seconds', 'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour', 'hours',
  'day', 'days', 'px', '%', 'percent', 'kbps', 'mbps', 'chars', 'characters',
]);

/** Words that introduce an enhanced status code field. */
const ENHANCED_KEY_WORDS = new Set([
  'status', 'dsn', 'enhanced', 'enhanced-code', 'enhancedcode', 'enhanced_code', 'enhancedstatus',
  'statuscode', 'status_code', 'status-code', 'esc',
]);
/** Words after which `c.s.d` is a version or section number, not a status code. */
const ENHANCED_NEGATIVE_WORDS = new Set([
  'version', 'ver', 'v', 'release', 'rel', 'section', 'sec', '§', 'chapter', 'step', 'rule', 'figure', 'fig',
  'table', 'exim', 'postfix', 'sendmail', 'php', 'python', 'node', 'nodejs', 'java', 'ruby', 'go', 'openssl',
  'tls', 'tlsv', 'ssl', 'rfc', 'build', 'firmware', 'kernel', 'score', 'dovecot', 'nginx', 'apache', 'ubuntu',
  'debian', 'centos', 'windows', 'ios', 'android', 'macos', 'gem', 'npm', 'pip', 'package', 'plugin', 'api',
  'mailkit', 'phpmailer', 'nodemailer', 'smtplib', 'thunderbird', 'outlook', 'app', 'v.', 'vers', 'tag',
  'rails', 'django', 'laravel', 'symfony', 'spring', 'swiftmailer', 'mimekit', 'jakarta', 'javamail', 'zimbra',
  'roundcube', 'hmailserver', 'mdaemon', 'cpanel', 'plesk', 'wordpress', 'docker', 'image', 'upgraded', 'updated',
  'installed', 'running', 'library', 'module', 'sdk', 'browser',
]);

/** The first word after position `pos` (letters only, lower-cased). */
function nextWord(text: string, pos: number): string {
  let i = pos;
  while (i < text.length && i < pos + 4 && (text[i] === ' ' || text[i] === '\t')) i++;
  let j = i;
  while (j < text.length && j < i + 16 && /[A-Za-z%]/.test(text[j]!)) j++;
  return text.slice(i, j).toLowerCase();
}

// ---------------------------------------------------------------------------
// Step 3: candidate extraction
// ---------------------------------------------------------------------------

/**
 * Decide whether the three-digit token at [start, end) is standing alone as a
 * reply code, and how strongly its context says so. Returns null to reject.
 */
function scoreReplyContext(text: string, start: number, end: number): number | null {
  const p = text[start - 1];
  const p2 = text[start - 2];
  const n = text[end];
  const n2 = text[end + 1];

  // Glued to letters/digits: queue ids, hex ids, `at535`, `550abc`.
  if (isAsciiAlnum(p) || p === '_' || isAsciiAlnum(n)) return null;
  // Decimals, IP parts, host labels: `.550`, `554.30`.
  if (p === '.' || (n === '.' && isDigit(n2))) return null;
  // Thousands separators and `12:00:00,250`-style fractions.
  if (p === ',' && isDigit(p2)) return null;
  if (n === ',' && /^\d{3}(?![\d.])/.test(text.slice(end + 1, end + 5))) return null;
  // Paths, rates, `HTTP/1.1`, `delays=0.1/550/0`, `256/256 bits`.
  if (p === '/' || p === '\\' || n === '/') return null;
  // Money, percentages, phone numbers, time zones.
  if (p === '$' || p === '+' || n === '%' || p === '€' || p === '£') return null;
  // Hyphenated identifiers: `c2-550`, `id-550`, `550-550-550` chains.
  if (p === '-' && isAsciiAlnum(p2)) return null;
  // `smtp[550]`, `AS(201)`: a pid or index attached to a word.
  if ((p === '[' || p === '(') && (isAsciiAlnum(p2) || p2 === '_')) return null;
  // Colon lists: `db8:102:`, `file.js:550:26`, `-1915321397:308:`.
  if (n === ':' && isDigit(n2)) return null;
  // `550-5.1.1` continues a multi-line reply; `555-123-4567`, `550-550-…` are not replies.
  if (n === '-' && isDigit(n2) && !/^[245]\.\d\.\d/.test(text.slice(end + 1, end + 6))) return null;

  const prev = previousWord(text, start);
  if (p === ':' && isAsciiAlnum(p2)) {
    // `reason:550` is fine; `index.js:550`, `10:550` are line numbers/ports.
    if (isDigit(p2) || /[./\\]/.test(prev.word)) return null;
  }
  if (p === '=' && !REPLY_KEYS.has(prev.word)) return null;

  const bare = prev.word.replace(/[^a-z]/g, '');
  if (REPLY_NEGATIVE_WORDS.has(prev.word) || REPLY_NEGATIVE_WORDS.has(bare)) return null;
  if (prev.word.startsWith('http/')) return null;
  // `HTTP Error 401`, `HTTP status 503`: check the word before as well.
  if (prev.start > 0 && previousWord(text, prev.start).word.startsWith('http')) return null;
  if (UNIT_WORDS.has(nextWord(text, end))) return null;

  let score = 0;
  if (atLineStart(text, start)) score += 2;
  if (
    REPLY_CONTEXT_WORDS.has(prev.word) ||
    REPLY_KEYS.has(prev.word) ||
    /(?:error|exception|refused|failed|response)$/.test(bare)
  ) {
    score += 3;
  } else if (prev.separator.includes(':')) {
    score += 1; // `...: 550` is how most log lines hand over to the reply
  }
  if (p === '(' || p === '#' || p === "'" || p === '"') score += 1;
  if (p === '[' && n === ']') score -= 1; // `[506]` trailing vendor tags
  return score;
}

/**
 * Decide whether the `c.s.d` token at [start, end) is an enhanced status
 * code and score its context. Returns null to reject.
 */
function scoreEnhancedContext(text: string, start: number, end: number): { score: number; keyed: boolean } | null {
  const p = text[start - 1];
  const p2 = text[start - 2];
  const n = text[end];

  // `v2.5.1`, `x5.1.1`, `5.1.1a`, `45.1.1`.
  if (isAsciiAlnum(p) || isAsciiAlnum(n)) return null;
  // `550_5.1.1` is a reply glued with an underscore; `foo_5.1.1` is an identifier.
  if (p === '_' && !isDigit(p2)) return null;
  // `#id-5.9.0`, `mail-2.5.1`: hyphenated identifiers and package versions.
  if (p === '-' && (isAsciiLetter(p2) || p2 === '_')) return null;
  if (p === '/' || p === '\\' || n === '/' || n === '%' || p === '$') return null;

  const prev = previousWord(text, start);
  const bare = prev.word.replace(/[^a-z§]/g, '');
  if (ENHANCED_NEGATIVE_WORDS.has(prev.word) || ENHANCED_NEGATIVE_WORDS.has(bare)) return null;

  let score = 0;
  const keyed = ENHANCED_KEY_WORDS.has(prev.word) || ENHANCED_KEY_WORDS.has(bare);
  if (keyed) score += 3;
  if (p === '#' || p === '(' || p === '[' || p === "'" || p === '"') score += 2;
  if (atLineStart(text, start)) score += 1;
  const [, subject, detail] = text.slice(start, end).split('.');
  if (subject !== '0' || detail !== '0') score += 1; // specific beats the X.0.0 summary
  if (subject === '8' || subject === '9') score -= 1; // outside the IANA subjects 0-7
  return { score, keyed };
}

/** All numeric tokens: maximal runs of digits with optional `.digits` groups. */
const NUMERIC_TOKEN = /\d+(?:\.\d+)*/g;

export interface Candidates {
  replies: Candidate[];
  enhanced: Candidate[];
}

/** Scan masked text once and collect reply and enhanced candidates in order. */
export function findCandidates(masked: string): Candidates {
  const replies: Candidate[] = [];
  const enhanced: Candidate[] = [];
  NUMERIC_TOKEN.lastIndex = 0;
  for (let m = NUMERIC_TOKEN.exec(masked); m !== null; m = NUMERIC_TOKEN.exec(masked)) {
    const token = m[0];
    const start = m.index;
    const end = start + token.length;
    if (token.length === 3 && isReplyCode(token)) {
      const score = scoreReplyContext(masked, start, end);
      if (score !== null) replies.push({ code: token, start, end, score });
    } else if (token.length >= 5 && token.length <= 7 && isEnhancedCode(token)) {
      const context = scoreEnhancedContext(masked, start, end);
      if (context !== null) enhanced.push({ code: token, start, end, ...context });
    } else if (token.length >= 9 && token.length <= 11) {
      // `550.5.7.0`: reply and enhanced glued with a dot (kept by maskNoise).
      const glued = GLUED_REPLY_ENHANCED.exec(token);
      if (glued && !isAsciiAlnum(masked[start - 1]) && !isAsciiAlnum(masked[end])) {
        replies.push({ code: token.slice(0, 3), start, end: start + 3, score: 0 });
        enhanced.push({ code: token.slice(4), start: start + 4, end, score: 0 });
      }
    }
  }
  return { replies, enhanced };
}

// ---------------------------------------------------------------------------
// Step 4: pairing and selection
// ---------------------------------------------------------------------------

/** Separators allowed between a reply and its enhanced code: `550 5.1.1`, `550-5.1.1`, `550.5.7.0`, `(535, b'5.7.8`. */
const TIGHT_GAP = /^[\s\-_=#:;,.'"([<]{0,6}$/;
const PY_BYTES_GAP = /^,\s{0,2}b['"]$/;
/** How far an enhanced code may trail its reply and still belong to it (`550 cuda_nsu 5.1.1`). */
const NEAR_GAP_CHARS = 48;

export type PairKind = 'tight' | 'near';

interface Pairing {
  /** enhanced candidate index paired with each reply, or -1 */
  enhancedOf: number[];
  kindOf: (PairKind | null)[];
  /** reply index each enhanced candidate is paired with, or -1 */
  replyOf: number[];
}

/**
 * Pair each reply with the first enhanced candidate after it, when no other
 * reply sits in between. Two pointers: linear in the number of candidates.
 */
function pairCandidates(text: string, c: Candidates): Pairing {
  const enhancedOf = new Array<number>(c.replies.length).fill(-1);
  const kindOf = new Array<PairKind | null>(c.replies.length).fill(null);
  const replyOf = new Array<number>(c.enhanced.length).fill(-1);
  let j = 0;
  for (let i = 0; i < c.replies.length; i++) {
    const r = c.replies[i]!;
    while (j < c.enhanced.length && c.enhanced[j]!.start < r.end) j++;
    if (j >= c.enhanced.length) break;
    const e = c.enhanced[j]!;
    const nextReply = c.replies[i + 1];
    if (nextReply && nextReply.start < e.start) continue;
    if (e.start - r.end > NEAR_GAP_CHARS) continue;
    const gap = text.slice(r.end, e.start);
    const kind: PairKind = TIGHT_GAP.test(gap) || PY_BYTES_GAP.test(gap) ? 'tight' : 'near';
    if (replyOf[j] === -1) {
      enhancedOf[i] = j;
      kindOf[i] = kind;
      replyOf[j] = i;
    }
  }
  return { enhancedOf, kindOf, replyOf };
}

/** Index of the highest finite score; the earliest wins a tie (the outer reply). -1 if none. */
function bestIndex(scores: readonly number[]): number {
  let best = -1;
  for (let i = 0; i < scores.length; i++) {
    if (!Number.isFinite(scores[i]!)) continue;
    if (best === -1 || scores[i]! > scores[best]!) best = i;
  }
  return best;
}

const classOf = (code: string): string => code[0]!;

/**
 * Final reply scores: context + pairing + class (errors beat 2xx/3xx transcript lines).
 * The first 4xx/5xx reply that carries its own enhanced code is the outer reply;
 * later ones sit inside its text (`500 5.0.0 Depot returns error: <552 5.2.2 …>`),
 * so it gets a bonus that outweighs any context word before a quoted one.
 */
function replyScores(c: Candidates, pairing: Pairing): number[] {
  const outer = c.replies.findIndex(
    (r, i) => pairing.kindOf[i] === 'tight' && (classOf(r.code) === '4' || classOf(r.code) === '5'),
  );
  return c.replies.map((r, i) => {
    let score = r.score;
    const first = classOf(r.code);
    score += first === '4' || first === '5' ? 2 : -8;
    const ei = pairing.enhancedOf[i]!;
    if (ei >= 0) {
      const sameClass = classOf(c.enhanced[ei]!.code) === first;
      if (pairing.kindOf[i] === 'tight') score += sameClass ? 8 : 6;
      else score += sameClass ? 3 : 1;
    }
    if (i === outer) score += 5;
    return score;
  });
}

/** Enhanced scores relative to the chosen reply (or standalone when there is none). */
function enhancedScores(c: Candidates, pairing: Pairing, replyIndex: number): number[] {
  const reply = replyIndex >= 0 ? c.replies[replyIndex]! : null;
  return c.enhanced.map((e, j) => {
    let score = e.score;
    if (reply) {
      const sameClass = classOf(e.code) === classOf(reply.code);
      score += sameClass ? 2 : -3;
      if (pairing.replyOf[j] === replyIndex) score += pairing.kindOf[replyIndex] === 'tight' ? 20 : 3;
      else if (pairing.replyOf[j]! >= 0) score -= 2; // belongs to another reply
      if (classOf(e.code) === '2' && classOf(reply.code) !== '2') score -= 2;
    }
    // A lone `2.x.x` in an error paste is far more often a version than a success status:
    // accept it only as the partner of a 2xx reply or after `Status:`/`dsn=`.
    if (classOf(e.code) === '2' && pairing.replyOf[j]! < 0 && !e.keyed) score = Number.NEGATIVE_INFINITY;
    return score;
  });
}

/**
 * Pick the codes.
 *
 * Rule for DSNs (`Status: 5.0.0` + `Diagnostic-Code: smtp; 550 5.1.1 …`):
 * the enhanced code paired with the chosen reply wins. The Diagnostic-Code is
 * the remote server's literal answer, while `Status:` is the reporting MTA's
 * summary, often the generic X.0.0. A `Status:`/`dsn=` code is used when the
 * reply carries no enhanced code of its own.
 */
function selectCodes(text: string, c: Candidates): ParsedError {
  const pairing = pairCandidates(text, c);
  const ri = bestIndex(replyScores(c, pairing));
  const ei = bestIndex(enhancedScores(c, pairing, ri));
  return {
    reply: ri >= 0 ? c.replies[ri]!.code : null,
    enhanced: ei >= 0 ? c.enhanced[ei]!.code : null,
  };
}

/** Parse with an explicit scan limit (exported so tests can run uncapped on huge inputs). */
export function parseWithLimit(text: string, maxChars: number): ParsedError {
  const scanned = text.length > maxChars ? text.slice(0, maxChars) : text;
  const masked = maskNoise(scanned);
  return selectCodes(masked, findCandidates(masked));
}

/** Extract the outer SMTP reply code and enhanced status code from a paste. */
export function parsePastedError(text: string): ParsedError {
  if (typeof text !== 'string' || text.length === 0) return { reply: null, enhanced: null };
  return parseWithLimit(text, MAX_SCAN_CHARS);
}

// ---------------------------------------------------------------------------
// Search text
// ---------------------------------------------------------------------------

/** Words that carry no meaning for a full-text search over SMTP error pages. */
const STOP_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'if', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'as',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'it', 'its', 'this', 'that', 'these', 'those', 'there',
  'here', 'you', 'your', 'we', 'our', 'us', 'they', 'their', 'he', 'she', 'i', 'me', 'my', 'do', 'does', 'did',
  'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'so', 'than', 'then',
  'into', 'out', 'up', 'down', 'about', 'after', 'before', 'via', 'per', 'see', 'please', 'more', 'learn', 'go',
  'visit', 'info', 'information', 'following', 'one', 'all', 'any', 'some', 'such', 'also', 'which', 'who',
  'what', 'when', 'where', 'while', 'because', 'due', 'try', 'again', 'later', 'doesn', 'isn', 'wasn', 'couldn',
  'don', 'won', 'hasn', 'haven', 'aren', 'weren', 'll', 've', 're',
  // SMTP plumbing that appears in almost every paste
  'host', 'said', 'reply', 'replied', 'command', 'rcpt', 'mail', 'email', 'smtp', 'esmtp', 'gsmtp', 'lmtp',
  'data', 'end', 'ehlo', 'helo', 'remote', 'server', 'returned', 'response', 'diagnostic', 'code', 'status',
  'action', 'final', 'recipient-address', 'x-postfix', 'dsn', 'rfc', 'id', 'error', 'errors', 'message',
  'messages', 'delivery', 'details', 'postmaster', 'mailer-daemon', 'daemon', 'system', 'report',
  // dates
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed',
  'thu', 'fri', 'sat', 'sun', 'utc', 'gmt', 'cet', 'cest', 'pst', 'est', 'am', 'pm',
]);

/** Words that name the actual failure; kept first when trimming to MAX_SEARCH_WORDS. */
const INFORMATIVE_WORDS = new Set([
  'unknown', 'user', 'mailbox', 'recipient', 'address', 'rejected', 'reject', 'quota', 'full', 'storage',
  'spam', 'blocked', 'blacklisted', 'blocklisted', 'blocklist', 'blacklist', 'listed', 'relay', 'relaying',
  'denied', 'access', 'authentication', 'auth', 'unauthenticated', 'spf', 'dkim', 'dmarc', 'ptr', 'dns', 'rdns',
  'reverse', 'policy', 'disabled', 'inactive', 'suspended', 'exist', 'found', 'invalid', 'timeout', 'timed',
  'expired', 'loop', 'size', 'limit', 'exceeded', 'exceeds', 'rate', 'limited', 'deferred', 'greylisted',
  'tls', 'starttls', 'password', 'credentials', 'login', 'virus', 'content', 'reputation', 'domain', 'sender',
  'verification', 'verified', 'identity', 'resolver', 'recipnotfound', 'unavailable', 'refused', 'unrouteable',
  'complaints', 'volume', 'over', 'insufficient', 'syntax', 'hop', 'hops', 'quarantined', 'unsolicited',
]);

export const MAX_SEARCH_WORDS = 12;

/** Remove a token entirely when it is an address, URL, key=value, id, path or number. */
function isNoiseToken(token: string): boolean {
  if (/[\d@=_/\\|]/.test(token)) return true; // codes, ids, times, IPs, key=value, paths
  if (/:\/\//.test(token)) return true;
  // hostnames and dotted identifiers (mx.example.com, RESOLVER.ADR.RecipNotFound)
  if (/\p{L}\.\p{L}/u.test(token)) return true;
  return false;
}

/**
 * Turn a paste into a short query for a full-text search engine: drops
 * addresses, IPs, URLs, hostnames, key=value pairs, angle-bracket contents,
 * ids, timestamps, codes and punctuation; lower-cases; drops stop-words and
 * duplicates; keeps at most 12 words (the informative ones first, in their
 * original order). Returns '' when nothing useful is left.
 */
export function cleanSearchText(text: string): string {
  if (typeof text !== 'string' || text.length === 0) return '';
  const scanned = text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text;
  const stripped = scanned
    .replace(/\\[nrt]/g, ' ')
    .replace(/<[^<>]*>/g, ' ') // angle-bracket contents: addresses, tags, embedded replies
    .replace(/&[a-z]{2,6};/gi, ' '); // HTML entities

  const words: string[] = [];
  const seen = new Set<string>();
  for (const raw of stripped.split(/\s+/)) {
    const token = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (token === '' || isNoiseToken(token)) continue;
    for (const part of token.toLowerCase().split(/[^\p{L}\p{M}]+/u)) {
      if (part.length < 2 || STOP_WORDS.has(part) || seen.has(part)) continue;
      seen.add(part);
      words.push(part);
    }
  }
  return pickInformative(words, MAX_SEARCH_WORDS).join(' ');
}

/** Keep the `limit` most informative words, preserving their original order. */
function pickInformative(words: string[], limit: number): string[] {
  if (words.length <= limit) return words;
  const weight = (w: string): number => (INFORMATIVE_WORDS.has(w) ? 2 : 0) + (w.length >= 5 ? 1 : 0);
  const keep = words
    .map((w, i) => ({ w, i, weight: weight(w) }))
    .sort((a, b) => b.weight - a.weight || a.i - b.i)
    .slice(0, limit)
    .sort((a, b) => a.i - b.i);
  return keep.map((k) => k.w);
}

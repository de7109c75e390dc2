/**
 * Which SMTP commands (or session stages) each reply code can answer, from the command-reply
 * sequences of RFC 5321 section 4.3.2 and the extensions that add codes. One fact table, used
 * to tell codes apart ("550 answers RCPT TO; 554 can come at connection time").
 *
 * Read precisely: RFC 5321 §4.3.2 names only 500, 501 and 421 as replies that any command may
 * get. 502 answers a command the server does not implement, 503 a command out of sequence and
 * 530 (RFC 4954 §6) commands other than AUTH, EHLO, HELO, NOOP, RSET and QUIT sent before
 * authentication, or (RFC 3207 §4) any command but NOOP, EHLO, STARTTLS and QUIT before TLS,
 * AUTH included: each of those is listed under the commands it really answers.
 */

export type Stage =
  | 'connection'
  | 'EHLO/HELO'
  | 'MAIL FROM'
  | 'RCPT TO'
  | 'DATA'
  | 'end of data'
  | 'RSET'
  | 'VRFY'
  | 'EXPN'
  | 'HELP'
  | 'NOOP'
  | 'QUIT'
  | 'AUTH'
  | 'STARTTLS'
  | 'ETRN'
  | 'ATRN'
  | 'an unimplemented command'
  | 'any command';

/** Stage → reply codes it can produce, with the source of each line. */
const TABLE: Record<Stage, { codes: string[]; source: string }> = {
  connection: { codes: ['220', '421', '554', '521'], source: 'RFC 5321 §3.1, §4.3.2; RFC 7504 §3' },
  // §3.2: an unacceptable EHLO gets 501, 500, 502 or 550 (500/501 come from "any command").
  'EHLO/HELO': { codes: ['250', '504', '550', '502'], source: 'RFC 5321 §3.2, §4.3.2' },
  'MAIL FROM': { codes: ['250', '552', '451', '452', '550', '553', '503', '455', '555', '530'], source: 'RFC 5321 §4.3.2; RFC 4954 §6' },
  'RCPT TO': { codes: ['250', '251', '550', '551', '552', '553', '450', '451', '452', '503', '455', '555', '556', '530'], source: 'RFC 5321 §4.3.2; RFC 7504 §4; RFC 4954 §6' },
  DATA: { codes: ['354', '503', '554', '530'], source: 'RFC 5321 §4.3.2; RFC 4954 §6' },
  'end of data': { codes: ['250', '552', '554', '451', '452', '450', '550'], source: 'RFC 5321 §4.3.2' },
  RSET: { codes: ['250'], source: 'RFC 5321 §4.3.2' },
  VRFY: { codes: ['250', '251', '252', '550', '551', '553', '502', '504', '530'], source: 'RFC 5321 §4.3.2, §7.3; RFC 4954 §6' },
  EXPN: { codes: ['250', '252', '550', '502', '504', '530'], source: 'RFC 5321 §4.3.2, §7.3; RFC 4954 §6' },
  HELP: { codes: ['211', '214', '502', '504', '530'], source: 'RFC 5321 §4.3.2; RFC 4954 §6' },
  NOOP: { codes: ['250'], source: 'RFC 5321 §4.3.2' },
  QUIT: { codes: ['221'], source: 'RFC 5321 §4.3.2' },
  // 502 and 503: a server that does not offer AUTH (RFC 5321 §4.2.4), or AUTH repeated or sent mid-transaction (RFC 4954 §4).
  // 530 too: RFC 3207 §4 lets a server that requires TLS answer any command but NOOP, EHLO, STARTTLS and QUIT with it.
  AUTH: { codes: ['235', '334', '432', '454', '500', '501', '502', '503', '504', '530', '534', '535', '538'], source: 'RFC 4954 §4, §6; RFC 5321 §4.2.4; RFC 3207 §4' },
  STARTTLS: { codes: ['220', '454', '501'], source: 'RFC 3207 §4' },
  // 502 from a server without ETRN (RFC 5321 §4.2.4), 530 before authentication (RFC 4954 §6).
  ETRN: { codes: ['250', '251', '252', '253', '458', '459', '500', '501', '502', '530'], source: 'RFC 1985; RFC 5321 §4.2.4; RFC 4954 §6' },
  ATRN: { codes: ['250', '450', '451', '453', '530'], source: 'RFC 2645 §5.2.1' },
  'an unimplemented command': { codes: ['502'], source: 'RFC 5321 §4.2.4' },
  // Only these three: RFC 5321 §4.3.2 "any SMTP command can return any of the following codes".
  'any command': { codes: ['500', '501', '421'], source: 'RFC 5321 §4.3.2' },
};

export const STAGES = Object.keys(TABLE) as Stage[];

/** The replies RFC 5321 §4.3.2 says any command can get. */
export const ANY_COMMAND_CODES: readonly string[] = TABLE['any command'].codes;

/** Stages at which a code can be sent, in session order. Unknown codes answer nothing listed. */
export function stagesFor(code: string): Stage[] {
  return STAGES.filter((stage) => TABLE[stage].codes.includes(code));
}

/** The sources behind a code's stages, deduplicated ("RFC 5321 §4.3.2", …). */
export function stageSourcesFor(code: string): string[] {
  return [...new Set(stagesFor(code).map((s) => TABLE[s].source))];
}

/** Stages that are SMTP commands a client sends (everything but the connection itself and the catch-alls). */
export function isCommandStage(stage: Stage): boolean {
  return stage !== 'connection' && stage !== 'any command' && stage !== 'an unimplemented command';
}

/**
 * Whether a set of stages covers a stage: listed, or covered by "any command" (every command,
 * not the connection greeting). "An unimplemented command" is only covered by "any command".
 */
export function coversStage(stages: readonly Stage[], stage: Stage): boolean {
  if (stages.includes(stage)) return true;
  if (!stages.includes('any command')) return false;
  return stage !== 'connection';
}

/**
 * Which SMTP commands (or session stages) each reply code can answer, from the command-reply
 * sequences of RFC 5321 section 4.3.2 and the extensions that add codes. One fact table, used
 * to tell codes apart ("550 answers RCPT TO; 554 can come at connection time").
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
  | 'any command';

/** Stage → reply codes it can produce, with the source of each line. */
const TABLE: Record<Stage, { codes: string[]; source: string }> = {
  connection: { codes: ['220', '421', '554', '521'], source: 'RFC 5321 §4.3.2, RFC 7504 §3' },
  'EHLO/HELO': { codes: ['250', '504', '550', '502'], source: 'RFC 5321 §4.3.2' },
  'MAIL FROM': { codes: ['250', '552', '451', '452', '550', '553', '503', '455', '555', '530'], source: 'RFC 5321 §4.3.2, RFC 4954 §6' },
  'RCPT TO': { codes: ['250', '251', '550', '551', '552', '553', '450', '451', '452', '503', '455', '555', '556'], source: 'RFC 5321 §4.3.2, RFC 7504 §4' },
  DATA: { codes: ['354', '503', '554', '451'], source: 'RFC 5321 §4.3.2' },
  'end of data': { codes: ['250', '552', '554', '451', '452', '450', '550'], source: 'RFC 5321 §4.3.2' },
  RSET: { codes: ['250'], source: 'RFC 5321 §4.3.2' },
  VRFY: { codes: ['250', '251', '252', '550', '551', '553', '502', '504'], source: 'RFC 5321 §4.3.2' },
  EXPN: { codes: ['250', '252', '550', '500', '502', '504'], source: 'RFC 5321 §4.3.2' },
  HELP: { codes: ['211', '214', '502', '504'], source: 'RFC 5321 §4.3.2' },
  NOOP: { codes: ['250'], source: 'RFC 5321 §4.3.2' },
  QUIT: { codes: ['221'], source: 'RFC 5321 §4.3.2' },
  AUTH: { codes: ['235', '334', '432', '454', '500', '501', '503', '504', '534', '535', '538'], source: 'RFC 4954 §4, §6' },
  STARTTLS: { codes: ['220', '454', '501'], source: 'RFC 3207 §4' },
  ETRN: { codes: ['250', '251', '252', '253', '458', '459', '500', '501'], source: 'RFC 1985' },
  ATRN: { codes: ['250', '450', '451', '453', '530'], source: 'RFC 2645 §5.2.1' },
  // RFC 5321 §4.2.4 / §4.3.2: these can answer any command; 530 answers commands sent before AUTH or STARTTLS.
  'any command': { codes: ['421', '500', '501', '502', '503', '530', '521'], source: 'RFC 5321 §4.2.4, §4.3.2; RFC 4954 §6; RFC 3207 §4' },
};

export const STAGES = Object.keys(TABLE) as Stage[];

/** Stages at which a code can be sent, in session order. Unknown codes answer nothing listed. */
export function stagesFor(code: string): Stage[] {
  return STAGES.filter((stage) => TABLE[stage].codes.includes(code));
}

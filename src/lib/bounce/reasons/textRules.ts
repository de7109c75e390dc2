/**
 * The words of a bounce that name a reason, in the order they are tried (first match wins).
 *
 * Written for this project from real bounce lines (../shared/reference/bounce-samples.tsv and the
 * development part of ../shared/reference/bounce-messages); the categories follow sisimai's reason
 * definitions, the patterns are our own. Order matters: a rule that names a more specific cause comes
 * before a broader one that the same words would also satisfy (an unauthenticated sender "has been
 * blocked" is an authentication failure, not a blocklist; "Spamhaus" is a blocklist, not spam content).
 *
 * `weak` marks words too vague to overrule a specific enhanced code ("access denied", "policy"):
 * they decide only when the code is generic (X.0.0, X.7.0, X.7.1, a bare reply code) or missing.
 * `page` is the code whose page best answers a typed phrase that hits this rule (phrases.ts); without
 * it the reason's default page applies.
 *
 * This module is bundled into the search box: keep it data, no imports beyond types.
 */
import type { Reason } from '../types.ts';

export interface TextRule {
  /** Stable name of the rule; bounceText.ts may have a note for it. */
  id: string;
  reason: Reason;
  re: RegExp;
  weak?: true;
  /** The reason instead, when the enhanced code is a security/policy one (X.7.x): "content rejected" by a spam filter. */
  asPolicy?: Reason;
  page?: string;
}

const r = (id: string, reason: Reason, re: RegExp, extra?: { weak?: true; asPolicy?: Reason; page?: string }): TextRule => ({ id, reason, re, ...extra });

export const TEXT_RULES: readonly TextRule[] = [
  // Not failures at all.
  r('autoReply', 'Vacation', /\b(?:out of (?:the )?office|on (?:vacation|holiday|leave)|auto(?:matic)?[- ]?(?:reply|response|responder))\b/i),

  // Local delivery programs (procmail, pipes) fail before any remote reason applies.
  r('mailerProgram', 'MailerError', /\b(?:pipe to \||procmail:|mailer (?:error|program)|command (?:died|failed|output)|local delivery (?:program|agent) (?:failed|error)|exit (?:code|status) \d+|unable to (?:exec|execute) )/i),

  // Given up after retries (said in so many words).
  r('gaveUp', 'Expired', /\b(?:delivery time expired|message (?:has )?expired|queue\.expired|envelope expired|(?:retry|delivery) (?:time(?:out)?|period) (?:exceeded|expired)|(?:been|was|remained) in (?:the )?queue too long|too long in (?:the )?queue|gave up|unable to deliver in \d+ (?:minutes|hours|days)|could not be delivered (?:with)?in \d+ (?:minutes|hours|days)|will not (?:try|retry) again|not going to try again|(?:have|has) been failing for (?:a long time|too long))\b/i, { page: '4.4.7' }),

  // Sender authentication (SPF, DKIM, DMARC, ARC): before anything that says "blocked" or "policy".
  r('dmarc', 'AuthFailure', /\bdmarc\b/i, { page: '5.7.26' }),
  r('spf', 'AuthFailure', /\b(?:spf\b.{0,40}?\b(?:fail|failed|failure|softfail|hardfail|did not pass|not pass|validation|check|error|permerror|temperror)|(?:fail|failed|bad|invalid)\w* spf\b|not (?:allowed|authori[sz]ed|permitted) to send (?:mail )?(?:from|on behalf of) .{0,60}?spf|not designated as (?:a )?permitted sender|sender policy framework)/i, { page: '5.7.23' }),
  r('dkim', 'AuthFailure', /\bdkim\b.{0,40}?\b(?:fail|failed|failure|did not pass|not pass|invalid|verification|no (?:valid|passing))|\bno (?:valid|passing|acceptable) dkim/i, { page: '5.7.20' }),
  r('unauthenticatedMail', 'AuthFailure', /\b(?:unauthenticated (?:e-?mail|mail|message)|sender is unauthenticated|(?:does not|doesn't) have authentication information|fails? to pass authentication|must (?:pass|be authenticated with) (?:either )?spf or dkim|authenticate with (?:either )?spf or dkim|arc (?:validation|check) fail|not aligned with the authenticated)/i, { page: '5.7.26' }),

  // A template that lists several possible causes ("the account or domain may not exist, they may be
  // blacklisted, or …") names none of them: no later rule may pick one of its guesses.
  r('possibleCauses', 'OnHold', /\b(?:account|address|mailbox|domain)(?: or (?:account|address|domain))? may not exist\b[^.]{0,80}?\bmay be\b/i, { weak: true }),

  // Recipient-side address problems.
  r('userUnknown', 'UserUnknown', /\b(?:user(?:name)? (?:is )?unknown|unknown (?:user|recipient|local[- ]part|mailbox|account)|(?:recipient|addressee) (?:is )?unknown|no such (?:user|recipient|mailbox|address|account|person|local user)|(?:user|recipient|mailbox|address|account|e-?mail account)(?: that you tried to reach)? (?:does not|doesn't|did not|no longer) exists?|(?:user|recipient|mailbox|address|account) (?:was )?not found|recipientnotfound|(?:invalid|bad|unknown) (?:recipient|mailbox|destination mailbox)|recipient (?:address )?(?:is )?invalid|adresse destinataire invalide|unrouteable address|not (?:a valid|an existing) (?:mailbox|user|recipient)|no mailbox (?:here )?by that name|mailbox not (?:found|available)|address couldn't be found|wasn't found at|not listed in (?:domino|the (?:public )?(?:name and address book|directory))|user not listed|(?:doesn't|does not) have an? [\w.-]+ account|no account by that name)/i, { page: '5.1.1' }),
  r('edgeDirectory', 'UserUnknown', /recipient address(?:es)? rejected ?: access denied/i, { page: '5.1.1' }),
  r('mailboxUnavailable', 'UserUnknown', /\bmailbox (?:is )?unavailable\b/i, { weak: true, page: '5.1.1' }),
  r('hasMoved', 'HasMoved', /\b(?:has moved|(?:address|mailbox) (?:has )?changed|no longer (?:on|at|with|hosted|valid|in use|available at)|not our customer|user not local)\b/i, { page: '5.1.6' }),
  r('mailboxFull', 'MailboxFull', /\b(?:mailbox (?:is )?full|(?:mail ?box|inbox|account|user|recipient)\b.{0,30}?\b(?:over|exceeded (?:its |the |their )?)(?:quota|storage)|over ?quota|quota (?:exceeded|exceed|full)|(?:storage|disk|mailbox) quota|out of storage space|exceeded storage allocation|mailbox size limit|insufficient (?:storage|space) (?:in|for) (?:the )?(?:mailbox|user)|boîte (?:aux lettres )?pleine|mailbox (?:has )?exceeded)/i, { page: '4.2.2' }),
  r('suspended', 'Suspend', /\b(?<!your |sender |ip )(?:account|mailbox|user|recipient|address)\b.{0,30}?\b(?:is |has been |was )?(?:disabled|suspended|deactivated|inactive|locked|expired|closed|discontinued|terminated|frozen)\b|\baccount (?:is |has been )?blocked\b|compte du destinataire est bloque|temporar(?:il)?y locked/i, { page: '5.2.1' }),

  // The recipient domain cannot take mail.
  // Reverse DNS of the sending host ("does not accept messages from IPs with missing PTR records" is this, not NotAccept).
  r('ptr', 'RequirePTR', /\b(?:ptr(?: resource)? record|reverse dns|rdns|reverse (?:lookup|hostname|name)|ip name lookup failed|cannot find your (?:reverse )?hostname|(?:client|sender) host name (?:is )?(?:unknown|not resolvable)|mismatches client ip|no reverse)\b/i, { page: '5.7.25' }),
  r('nullMx', 'NotAccept', /\bnull ?mx\b/i, { page: '5.1.10' }),
  r('senderDomain', 'Rejected', /\b(?:domain of sender address|sender (?:address )?domain\b.{0,20}?(?:does not exist|not found|must exist|must resolve|is empty|unresolvable)|sender address rejected: domain not found)/i, { page: '5.1.8' }),
  // Postfix's "Host not found, try again" is the resolver's temporary failure (TRY_AGAIN), not a missing domain.
  r('dnsTryAgain', 'NetworkError', /\bhost not found, try again\b/i, { page: '4.4.3' }),
  r('hostUnknown', 'HostUnknown', /\b(?:host unknown|unknown host|(?:host|domain)(?: or domain name)?(?: \S+)? not found|(?:domain|host) (?:name )?(?:does not|doesn't) exist|no such (?:domain|host)|nxdomain|(?:domain|host)(?: name)? \S+ (?:couldn't|could not|can't|cannot) be found|type '?a'? lookup of \S+ had no relevant answers|unrouteable (?:mail )?domain|couldn't find any host named|(?<![@\w.-])(?:[a-z0-9-]+\.)+[a-z]{2,} does not exist|name or service not known|bad destination system address)\b/i, { page: '5.1.2' }),
  r('noMx', 'NotAccept', /\b(?:(?:does not|doesn't|do not) (?:accept|receive) (?:e-?mail|mail|messages)(?! from)|not accepting (?:any )?(?:mail|messages|e-?mail)|no mx (?:record|found)|no smtp service here)\b/i, { page: '556' }),

  // Relaying.
  r('openRelay', 'Blocked', /\b(?:is an open relay|open relay (?:detected|found|listed))\b/i, { page: '5.7.1' }),
  r('relayDenied', 'NoRelaying', /\b(?:relay(?:ing)? (?:access )?(?:denied|not (?:permitted|allowed|authori[sz]ed))|(?:not|n't) (?:configured|permitted|allowed|authori[sz]ed) to relay|unable to relay|(?:we|i) do not relay|no relaying|relay (?:prohibited|refused|rejected)|relay access|tenantattribution|email address is not verified)\b/i, { page: '5.7.1' }),

  // Connection security and SMTP AUTH.
  r('starttlsRequired', 'FailedSTARTTLS', /\b(?:must issue a starttls(?: command)?(?: first)?|starttls (?:is )?required|(?:tls|encryption) (?:is )?(?:required|needed|mandatory)|requiretls|tls required but not supported|(?:starttls|tls) (?:negotiation |handshake )?(?:failed|failure|error)|does not support (?:starttls|tls)|certificate (?:verification )?(?:failed|error|expired|mismatch))/i, { page: '530' }),
  r('smtpAuth', 'SecurityError', /\b(?:authentication (?:is )?required|must (?:first )?authenticate|unauthenticated senders? (?:not allowed|are not accepted)|authentication (?:failed|failure|unsuccessful|credentials invalid)|not authenticated to send|client was not authenticated|authentification (?:requise|invalide)|smtp auth(?:entication)? (?:is )?(?:required|disabled))/i, { page: '530' }),


  // Format of the message (RFC 5322 and friends): before policy wording that mentions headers.
  r('rfc5322', 'NotCompliantRFC', /\b(?:rfc ?(?:5322|2822|822|5321)\b.{0,20}?(?:complian|violat|conform)|not (?:rfc[ -]?\d* ?)?complian[tc]|missing a valid address in (?:the )?from|(?:no|missing) from:? header|multiple (?:addresses in from|from|subject|to|date|message-id|sender)\b|(?:duplicate|missing) (?:required )?(?:\w+[- ])?header|bare (?:lf|linefeed|line feed|cr)|header (?:syntax|error|is malformed)|malformed header)/i, { page: '5.6.0' }),

  // Reputation first: "rate limited due to IP reputation" is about reputation. Then sending too fast, or greylisted.
  r('mailFlood', 'SpamDetected', /\b(?:unusual rate of unsolicited (?:mail|e-?mail|messages)|mail flood)\b/i, { page: '4.7.28' }),
  r('reputation', 'BadReputation', /\b(?:(?:poor|low|bad|negative) (?:\w+ ){0,3}reputation|reputation (?:of|is too low|score)|due to (?:\w+ )?reputation|sender ?score|user complaints|\[?tss0\d\]?|traffic not accepted from this ip|exceeded threshold)\b/i, { page: '421' }),
  r('greylisting', 'RateLimited', /\b(?:gr[ae]y[- ]?list(?:ed|ing)?|internal resource (?:is )?temporarily unavailable)\b/i, { page: '451' }),
  r('rateLimit', 'RateLimited', /\b(?:too many (?:\w+ )?(?:connections|concurrent|sessions|messages|recipients|errors|emails|mails|requests|invalid)|(?:connection|sending|message|rate|recipient)s? (?:rate )?limit(?:ed|s)?(?: (?:exceeded|reached))?|rate[- ]limit(?:ed|ing)?|(?:sending|receiving mail) (?:too fast|at a rate)|try again slower|slow down|throttl(?:ed|ing)|connection frequency|exceeded the max(?:imum)? (?:number of )?(?:e-?mails|messages|recipients)|(?:daily|hourly) (?:sending |recipient |message )?(?:limit|quota)|unexpected volume|excessive volume|frequency limit(?:ed)?|trop de connexions)\b/i, { weak: true, page: '421' }),

  // Size.
  r('tooLarge', 'EmailTooLarge', /\b(?:message (?:is )?too (?:big|large)|(?:message|mail|email) (?:size|length) (?:exceeds|exceeded|too)|exceeds? (?:the )?(?:fixed |administrative )?(?:maximum |max )?(?:message )?size|size limit|max(?:imum)? message size|message file too big|exceeded (?:the )?maximum (?:inbound |incoming )?message size|line (?:length )?limit exceeded|taille limite)\b/i, { page: '5.3.4' }),

  // Blocklists. A blocklisted link in the message is about content, not your IP: that one first.
  r('uriBlocklist', 'SpamDetected', /\b(?:black|block)listed (?:url|uri|link|domain) in (?:the )?message|\buribl\b|\bsurbl\b/i, { page: '5.7.1' }),
  r('blocklist', 'Blocked', /\b(?:blocked using|listed (?:at|on|in|by)\b.{0,40}?(?:spamhaus|spamcop|barracuda|sorbs|uceprotect|dnsbl|rbl|blocklist|blacklist|block list|black list)|(?:spamhaus|spamcop|barracuda(?:central)?|sorbs|uceprotect|cloudmark)\b|dnsbl|\brbl\b|block ?list|black ?list(?:ed)?|\[bl\d\d\]|block(?:ed)? for spam|s3150|s3140|banned sending ip|part of their network is on our block list|ip (?:address )?(?:is )?(?:blocked|banned|blacklisted|blocklisted|listed)|client host (?:\[[^\]]*\] )?blocked|host blocked)/i, { page: '5.7.1' }),

  // Content judged as spam or malware.
  r('virus', 'VirusDetected', /\b(?:virus|malware|infected|trojan|malicious (?:content|attachment|payload))\b/i, { page: '554' }),
  r('spam', 'SpamDetected', /\b(?:spam|junk mail|bulk mail|unsolicited (?:mail|e-?mail|message)|suspicious (?:content|message)|phishing)\b/i, { page: '5.7.1' }),

  // Sender address refused (envelope MAIL FROM).
  r('senderRejected', 'Rejected', /\b(?:sender (?:address )?(?:rejected|refused|denied|not (?:allowed|permitted|authori[sz]ed|accepted|pre-approved))|(?:invalid|bad|unroutable|unverified) sender|sender verify failed|sender (?:is |address )?(?:black|block)listed|(?:empty|null) (?:envelope )?senders? (?:not allowed|rejected)|need fully-qualified address|fully qualified (?:e-?mail )?address required|mail from .{0,40}?rejected|returned mail not accepted|batv|sender (?:is )?not (?:on|in) .{0,30}?list|not on the recipient's list of senders|administrative prohibition|envelope blocked|emetteur invalide|from: domain is invalid|permission to post)\b/i, { page: '5.1.8' }),

  // Content format and the receiver's rules.
  r('contentRejected', 'ContentError', /\b(?:message )?content rejected\b/i, { weak: true, asPolicy: 'SpamDetected', page: '5.6.0' }),
  r('contentFormat', 'ContentError', /\b(?:media (?:type )?(?:[\w/.+-]+ )?(?:is )?not supported|invalid (?:mime|character|charset|encoding)|(?:8-?bit|non-ascii|utf-?8) (?:data|characters|headers?) (?:not (?:allowed|supported|permitted))|conversion (?:required|failed))/i, { page: '5.6.0' }),
  r('recipientFilter', 'Filtered', /\b(?:message filtered|filtered by|user rules|refuses? to receive|recipient (?:is only accepting|preferences)|blocked by the recipient|domain filter)\b/i, { page: '5.7.1' }),
  r('policy', 'PolicyViolation', /\b(?:denied by policy|(?:local |security |organi[sz]ation(?:al)? |administrative )?polic(?:y|ies)\b.{0,20}?(?:violation|reasons|rejection|reject)|rejected (?:due to|for|by) (?:\w+ )?polic(?:y|ies)|not accepted for policy|organi[sz]ational settings|illegal attachment|content presents a potential|members-only|closed (?:mailing )?list|mass mailer|(?:not )?(?:allowed|permitted) to post)\b/i, { page: '5.7.1' }),

  // The receiving system itself.
  r('systemFull', 'SystemFull', /\b(?:insufficient (?:system )?(?:disk )?(?:storage|space|resources)|(?:disk|file ?system|mail system) (?:is )?full|out of disk space|no space left)/i, { page: '4.3.1' }),
  // A loop is a routing fault to fix, not a network hiccup to wait out: its own rule, before "network".
  r('mailLoop', 'NetworkError', /\b(?:too many hops|(?:mail|routing) loop|loop detected|hop count exceeded)\b/i, { page: '4.4.6' }),
  r('network', 'NetworkError', /\b(?:connection (?:timed out|refused|reset|closed|lost|dropped)|timed out|no route to host|(?:network|domain|host)(?: is)? (?:not reachable|unreachable)|did not accept our requests to connect|lost connection|(?:unable|failed) to (?:connect|establish)|couldn't connect)\b/i, { page: '4.4.1' }),
  // DNS trouble is a directory failure (X.4.3), not an unanswered connection (X.4.1).
  r('dnsError', 'NetworkError', /\b(?:dns (?:error|failure|lookup failed|timeout)|servfail|name server|name service error|temporary (?:dns|lookup) failure)\b/i, { page: '4.4.3' }),
  r('syntax', 'SyntaxError', /\b(?:syntax error|command (?:unrecognized|not (?:recognized|implemented))|unrecognized command|bad sequence of commands|invalid command|line too long)\b/i, { page: '5.5.2' }),
  r('systemError', 'SystemError', /\b(?:system error|internal (?:server )?error|local (?:configuration )?error|(?:mis|incorrectly )configur|configuration error|could not load|resources? temporarily unavailable|try (?:again )?later|temporary (?:local )?(?:problem|failure)|service (?:currently )?unavailable|service refused|transaction failed)\b/i, { weak: true, page: '451' }),
  r('accessDenied', 'Rejected', /\baccess denied\b/i, { weak: true, page: '5.7.1' }),
  r('clientRejected', 'Blocked', /\bclient host rejected\b/i, { weak: true, page: '5.7.1' }),
  r('recipientRejected', 'UserUnknown', /\brecipient (?:address )?rejected\b/i, { weak: true, page: '5.1.1' }),
];

/** First rule whose words occur in `text`, with where they are. */
export function firstTextRule(text: string): { rule: TextRule; start: number; end: number } | null {
  for (const rule of TEXT_RULES) {
    const m = rule.re.exec(text);
    if (m) return { rule, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

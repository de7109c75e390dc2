/**
 * Mail providers, filters and blocklists that bounces name (issue 12), with how to recognise each and
 * the page a sender needs (postmaster, sender guidelines or delisting). Links are plain links the
 * reader shows; the site never loads anything from them.
 *
 * Order matters: the first entry whose words occur in the diagnostic wins, so a blocklist that a
 * Microsoft or Yahoo bounce names (the thing to act on) comes before the mailbox provider, and a
 * Spamhaus zone comes before Spamhaus in general. Host patterns (Remote-MTA) are tried after words.
 *
 * `source` says where the link was checked and which real bounces show the wording.
 */
export type ProviderKind = 'blocklist' | 'filter' | 'mailbox';

export interface ProviderEntry {
  id: string;
  name: string;
  kind: ProviderKind;
  /** Words in the server's reply that name this provider. */
  words?: RegExp;
  /** Host names of its mail servers, tested against the Remote-MTA (or a host the reply names). */
  host?: RegExp;
  /** Postmaster, sender-guidelines or delisting page; null when there is none to offer. */
  url: string | null;
  source: string;
}

export const PROVIDERS: readonly ProviderEntry[] = [
  {
    id: 'spamhaus-pbl', name: 'Spamhaus PBL', kind: 'blocklist',
    words: /\bpbl\.spamhaus\.org|spamhaus\.org\/pbl|\bspamhaus pbl\b/i,
    url: 'https://check.spamhaus.org/',
    source: 'Spamhaus IP and Domain Reputation Checker (spamhaus.org/resource-hub/delisting/good-bye-blocklist-removal-center-hello-ip-and-domain-reputation-checker/)',
  },
  {
    id: 'spamhaus-xbl', name: 'Spamhaus XBL', kind: 'blocklist',
    // CSS is part of the SBL (a spam source, not an exploited host): it falls to the general Spamhaus entry.
    words: /\b(?:xbl|cbl)\.spamhaus\.org|\bspamhaus xbl\b/i,
    url: 'https://check.spamhaus.org/',
    source: 'as spamhaus-pbl',
  },
  {
    id: 'spamhaus-dbl', name: 'Spamhaus DBL', kind: 'blocklist',
    words: /\bdbl\.spamhaus\.org|\bspamhaus dbl\b|domain (?:is )?listed (?:in|on|by) spamhaus/i,
    url: 'https://check.spamhaus.org/',
    source: 'as spamhaus-pbl; wording from sisimai set-of-emails lhost-postfix-80.eml ("MailFrom domain is listed in Spamhaus")',
  },
  {
    id: 'spamhaus', name: 'Spamhaus', kind: 'blocklist',
    words: /spamhaus/i,
    url: 'https://check.spamhaus.org/',
    source: 'as spamhaus-pbl; zen/sbl wording from the issue and ../shared/reference/bounce-samples.tsv (Yahoo [BL21] "in Spamhaus\'s list")',
  },
  {
    id: 'barracuda', name: 'Barracuda', kind: 'blocklist',
    words: /barracuda|\bcuda_nsu\b/i,
    url: 'https://www.barracudacentral.org/rbl/removal-request',
    source: 'Barracuda Central removal request page (cited by Barracuda bounces such as "450 4.7.1 Try Later; see http://www.barracudacentral.org/rbl/removal-request")',
  },
  {
    id: 'spamcop', name: 'SpamCop', kind: 'blocklist',
    words: /spamcop/i,
    url: 'https://www.spamcop.net/bl.shtml',
    source: 'SpamCop Blocking List page (spamcop.net/bl.shtml)',
  },
  {
    id: 'sorbs', name: 'SORBS', kind: 'blocklist',
    words: /\bsorbs\b/i,
    url: null,
    source: 'named in sisimai set-of-emails lhost-amazonses-16.eml (dnsbl.sorbs.net); Proofpoint decommissioned SORBS on 5 June 2024, so there is no delisting page',
  },
  {
    id: 'cloudmark', name: 'Cloudmark', kind: 'filter',
    words: /cloudmark/i,
    url: null,
    source: 'named in sisimai set-of-emails rhost-franceptt-06.eml (Orange, csi.cloudmark.com reset request over plain http; no https page verified)',
  },
  {
    id: 'proofpoint', name: 'Proofpoint', kind: 'filter',
    words: /proofpoint|pphosted\.com|ppe-hosted\.com/i,
    host: /(?:^|\.)(?:pphosted|ppe-hosted)\.com$/i,
    url: 'https://support.proofpoint.com/dnsbl-lookup.cgi',
    source: 'the lookup page Proofpoint bounces cite (sisimai set-of-emails, ../shared/reference/bounce-samples.tsv "554 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=…")',
  },
  {
    id: 'mimecast', name: 'Mimecast', kind: 'filter',
    words: /mimecast/i,
    host: /(?:^|\.)mimecast\.com$/i,
    url: 'https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes',
    source: 'Mimecast SMTP error codes article (successor of community.mimecast.com/docs/DOC-1369, which sisimai set-of-emails lhost-mimecast bounces cite)',
  },
  {
    id: 'cisco', name: 'Cisco Secure Email (IronPort)', kind: 'filter',
    words: /ironport|senderbase|talos/i,
    host: /(?:^|\.)iphmx\.com$/i,
    url: 'https://support.talosintelligence.com/docs/email-reputation',
    source: 'Talos Intelligence email reputation help page',
  },
  {
    id: 'trendmicro', name: 'Trend Micro Email Reputation Services', kind: 'filter',
    words: /trend ?micro|interscan|mail-abuse\.(?:org|com)|\brbl\+/i,
    url: 'https://success.trendmicro.com/en-US/solution/KA-0003456',
    source: 'Trend Micro knowledge base article on messages blocked by Email Reputation Services (ERS), which links the removal steps',
  },
  {
    id: 'microsoft', name: 'Microsoft 365 / Outlook.com', kind: 'mailbox',
    words: /protection\.outlook\.com|\boutlook\.com\b|\bhotmail\b|\bS31[45]0\b|\bAS\(\d+\)|\bRESOLVER\.|\bSTOREDRV\b|sender\.office\.com|mail\.live\.com|\bprod\.outlook\b/i,
    host: /(?:^|\.)(?:outlook\.com|hotmail\.com|live\.com|msn\.com)$/i,
    url: 'https://sender.office.com',
    source: 'Microsoft delist portal, named in sisimai set-of-emails Microsoft bounces and described in Hetzner’s Microsoft blacklist guide (docs.hetzner.com/robot/dedicated-server/troubleshooting/microsoft-blacklist)',
  },
  {
    id: 'gmail', name: 'Gmail / Google Workspace', kind: 'mailbox',
    words: /\bgsmtp\b|support\.google\.com\/(?:mail|a)\b/i,
    host: /(?:^|\.)(?:google\.com|googlemail\.com|gmail\.com)$/i,
    url: 'https://support.google.com/mail/answer/81126',
    source: 'Gmail Email sender guidelines (support.google.com/mail/answer/81126), cited by Gmail’s own 5.7.26 bounces',
  },
  {
    id: 'yahoo', name: 'Yahoo / AOL', kind: 'mailbox',
    words: /\byahoo(?:inc)?\b|yahoodns\.net|\baol\.com\b|\[TSS?\d\d\]|verizonmedia/i,
    host: /(?:^|\.)(?:yahoodns\.net|yahoo\.com|aol\.com)$/i,
    url: 'https://senders.yahooinc.com/error-codes',
    source: 'Yahoo Sender Hub error codes, the link Yahoo’s own bounces give (sisimai set-of-emails lhost-dragonfly-03.eml)',
  },
  {
    id: 'icloud', name: 'iCloud Mail', kind: 'mailbox',
    words: /\bicloud\.com\b|\bme\.com\b|\bmac\.com\b|support\.apple\.com/i,
    host: /(?:^|\.)(?:icloud\.com|me\.com|mac\.com|apple\.com)$/i,
    url: 'https://support.apple.com/en-us/102322',
    source: 'Apple: Postmaster information for iCloud Mail (support.apple.com/en-us/102322)',
  },
];

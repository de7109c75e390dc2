import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../../src/data/providers.ts';
import { findProvider, hostOf } from '../../src/lib/bounce/providers.ts';

describe('providers and blocklists as data', () => {
  it('has unique ids, plain https links (or none) and a source for each', () => {
    expect(new Set(PROVIDERS.map((p) => p.id)).size).toBe(PROVIDERS.length);
    for (const p of PROVIDERS) {
      if (p.url !== null) expect(p.url).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/);
      expect(p.source.length).toBeGreaterThan(10);
      expect(p.words || p.host).toBeTruthy();
    }
  });

  it.each([
    ['550 5.7.1 Service unavailable; client [192.0.2.22] blocked using zen.spamhaus.org', null, 'spamhaus'],
    ['554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using pbl.spamhaus.org', null, 'spamhaus-pbl'],
    ['550 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.9 AS(1430) [BN8NAM11FT021.eop-nam11.prod.protection.outlook.com]', null, 'spamhaus'],
    ["550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).", null, 'microsoft'],
    ['550 5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com/ and follow the directions.', null, 'microsoft'],
    ['421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to user complaints - 4.16.55.1', null, 'yahoo'],
    ['450 cuda_nsu 4.7.1 <a@example.com>: Recipient address rejected: Policy Rejection- Abuse. Go away.', null, 'barracuda'],
    ['554 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.225', null, 'proofpoint'],
    ['451 Open relay not allowed - https://community.mimecast.com/docs/DOC-1369#451', null, 'mimecast'],
    ['554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using bl.spamcop.net', null, 'spamcop'],
    ['550 Service unavailable; Client host [192.0.2.1] blocked using Trend Micro RBL+.', null, 'trendmicro'],
    ['550 5.2.1 The email account that you tried to reach is disabled. - gsmtp', null, 'gmail'],
    ['550 5.1.1 <a@example.com>: Recipient address rejected: User unknown', 'dns; gmail-smtp-in.l.google.com', 'gmail'],
    ['552 5.2.2 <a@icloud.com>: user is over quota', null, 'icloud'],
    ['550 5.1.1 user unknown', 'mx01.mail.icloud.com [17.57.154.6]', 'icloud'],
  ])('%s', (line, mta, id) => {
    expect(findProvider(line, mta)?.provider.id).toBe(id);
  });

  it('names nothing when the bounce names nothing', () => {
    expect(findProvider('550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown', 'dns; mx.example.org')).toBeNull();
  });

  it('reads the host out of a Remote-MTA field', () => {
    expect(hostOf('dns; mx1.example.com')).toBe('mx1.example.com');
    expect(hostOf('mx1.example.com [192.0.2.1]')).toBe('mx1.example.com');
    expect(hostOf('dns; [192.0.2.1]')).toBeNull();
  });
});

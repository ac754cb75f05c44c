import { describe, expect, it } from 'vitest';
import { addressClass } from '@/ingest/sources/address-class';
import { resolvesPublicly, webhookUrl } from './webhook-target';

describe('webhookUrl', () => {
  it('admits public http(s) hosts and refuses the rest', () => {
    expect(
      [
        'https://hooks.example.org/narragraph',
        'http://93.184.216.34:8080/x',
        'javascript:alert(1)',
        'ftp://example.org/',
        'http://127.0.0.1:9000/hook',
        'http://2130706433/',
        'http://localhost/',
        'http://10.1.2.3/',
        'http://169.254.169.254/latest/meta-data',
        'http://[::1]/',
        'http://[::ffff:7f00:1]/',
        'http://[fd00::1]/',
        'https://user:pass@example.org/',
      ].map((url) => webhookUrl(url, false) !== undefined),
    ).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('admits loopback, and only loopback, when allowed', () => {
    expect(
      ['http://127.0.0.1:9000/hook', 'http://[::1]:9/', 'http://192.168.1.1/'].map(
        (url) => webhookUrl(url, true) !== undefined,
      ),
    ).toEqual([true, true, false]);
  });
});

describe('addressClass', () => {
  it('classifies IPv4 and IPv6 literals', () => {
    expect(
      [
        '8.8.8.8',
        '172.16.0.1',
        '172.32.0.1',
        '100.64.0.1',
        '::1',
        '2001:db8::1',
        'fe80::1',
        'name',
      ].map(addressClass),
    ).toEqual([
      'public',
      'private',
      'public',
      'private',
      'loopback',
      'public',
      'private',
      undefined,
    ]);
  });
});

describe('resolvesPublicly', () => {
  it('refuses a name when any of its addresses is private', async () => {
    const resolve = (host: string) =>
      Promise.resolve(
        host === 'mixed.example'
          ? [{ address: '93.184.216.34' }, { address: '10.0.0.1' }]
          : [{ address: '93.184.216.34' }],
      );
    expect([
      await resolvesPublicly('https://mixed.example/', false, resolve),
      await resolvesPublicly('https://public.example/', false, resolve),
    ]).toEqual([false, true]);
  });
});

import { describe, expect, it } from 'vitest';
import { guardedFetch, isNonPublicAddress } from './address-guard';

describe('isNonPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    'not an address',
  ])('refuses %s', (address) => {
    expect(isNonPublicAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    'allows %s',
    (address) => {
      expect(isNonPublicAddress(address)).toBe(false);
    },
  );
});

describe('guardedFetch', () => {
  const reached: string[] = [];
  const inner = ((input: string | URL | Request) => {
    reached.push(input instanceof Request ? input.url : input.toString());
    return Promise.resolve(new Response('ok'));
  }) as typeof fetch;

  it('refuses a name that resolves to a private address before any request', async () => {
    const guarded = guardedFetch({
      allowPrivate: false,
      fetch: inner,
      lookup: () => Promise.resolve(['10.0.0.5']),
    });
    await expect(guarded('http://intranet.example/feed')).rejects.toThrow(
      'intranet.example is a non-public address (10.0.0.5)',
    );
    await expect(guarded('http://[::1]:8080/feed')).rejects.toThrow('non-public address (::1)');
    expect(reached).toEqual([]);
  });

  it('passes public hosts, and private ones only when allowed', async () => {
    const publicFetch = guardedFetch({
      allowPrivate: false,
      fetch: inner,
      lookup: () => Promise.resolve(['93.184.216.34']),
    });
    await publicFetch('http://example.com/feed');
    await guardedFetch({ allowPrivate: true, fetch: inner })('http://127.0.0.1:9/feed');
    expect(reached).toEqual(['http://example.com/feed', 'http://127.0.0.1:9/feed']);
  });
});

import { describe, expect, it } from 'vitest';
import { readHttpSettings } from '@/config/server';
import { forwardedFor, trustedProxySet } from './client-address';

describe('forwardedFor', () => {
  it('ignores a client-sent X-Forwarded-For when no proxy is trusted', () => {
    expect(forwardedFor('203.0.113.5', '1.2.3.4', new Set())).toBe('203.0.113.5');
    expect(forwardedFor('::ffff:127.0.0.1', undefined, new Set())).toBe('127.0.0.1');
  });

  it('walks the chain from the right past trusted proxies only', () => {
    const trusted = trustedProxySet(
      readHttpSettings({ NARRAGRAPH_TRUSTED_PROXIES: '10.0.0.1, 10.0.0.2' }).trustedProxies,
    );
    expect(forwardedFor('10.0.0.1', 'spoofed, 198.51.100.9, 10.0.0.2', trusted)).toBe(
      '198.51.100.9',
    );
    expect(forwardedFor('::ffff:10.0.0.1', ['198.51.100.9'], trusted)).toBe('198.51.100.9');
    expect(forwardedFor('10.0.0.1', undefined, trusted)).toBe('10.0.0.1');
  });
});

import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createNonce, SECURITY_HEADERS } from './security-headers';

describe('contentSecurityPolicy', () => {
  it('allows scripts only by nonce in production', () => {
    const policy = contentSecurityPolicy('abc123', { dev: false });
    const script = policy.split('; ').find((d) => d.startsWith('script-src'));
    expect(script).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-eval');
  });

  it('adds eval only for next dev', () => {
    expect(contentSecurityPolicy('n', { dev: true })).toContain("'unsafe-eval'");
  });

  it('makes a fresh 128-bit nonce each time', () => {
    const a = createNonce();
    expect(Buffer.from(a, 'base64')).toHaveLength(16);
    expect(createNonce()).not.toBe(a);
  });

  it('sends the usual hardening headers', () => {
    expect(SECURITY_HEADERS.map((h) => h.key)).toEqual(
      expect.arrayContaining(['X-Content-Type-Options', 'X-Frame-Options', 'Referrer-Policy']),
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  API_CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  createNonce,
  SECURITY_HEADERS,
  STATIC_CONTENT_SECURITY_POLICY,
} from './security-headers';

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

  it('lets bundle files (workers) load scripts of this origin and nothing else', () => {
    const directives = STATIC_CONTENT_SECURITY_POLICY.split('; ');
    expect(directives).toEqual([
      "default-src 'none'",
      "script-src 'self'",
      "frame-ancestors 'none'",
    ]);
    expect(API_CONTENT_SECURITY_POLICY).not.toContain('script-src');
  });
});

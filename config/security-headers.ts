/**
 * The security headers of every response, in one place (docs/security.md lists them).
 * Pages get a per-request nonce CSP from proxy.ts; the API and static files get the fixed set from
 * next.config.ts.
 */

export interface PolicyOptions {
  /** `next dev` needs eval for React's debugging features; production never does. */
  readonly dev: boolean;
}

/**
 * A strict policy: scripts only with this response's nonce (and what they load, via
 * strict-dynamic), no plugins, no base-tag hijack, no framing, requests only to this origin.
 * Inline style attributes stay allowed: React and Cytoscape set them, and CSS cannot run script.
 */
export function contentSecurityPolicy(nonce: string, options: PolicyOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    // GraphiQL's stylesheet embeds its fonts as data: URLs; a font cannot run script.
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The policy of non-HTML responses (API JSON, files): nothing may run or embed them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * The policy of the bundle's files (`/_next/static/`). Like the API's, except that scripts of this
 * origin may load: a web worker runs under the policy of its own script's response, and the
 * layout worker's bootstrap `importScripts()` its chunks. Under `default-src 'none'` that load is
 * refused and every worker layout fails.
 */
export const STATIC_CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; frame-ancestors 'none'";

/** Headers every response carries. */
export const SECURITY_HEADERS: readonly { readonly key: string; readonly value: string }[] =
  Object.freeze([
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    },
  ]);

/**
 * The headers of responses that are neither pages nor bundle files (the API's JSON, the icons):
 * next.config.ts sets them for Next's routes, scripts/serve.ts on the API it answers itself.
 */
export const FIXED_RESPONSE_HEADERS: readonly { readonly key: string; readonly value: string }[] =
  Object.freeze([
    ...SECURITY_HEADERS,
    { key: 'Content-Security-Policy', value: API_CONTENT_SECURITY_POLICY },
  ]);

/** HSTS only over HTTPS: sent over plain HTTP it is ignored, and on localhost it would be wrong. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/** A fresh nonce: 16 random bytes, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64');
}

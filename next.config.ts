import type { NextConfig } from 'next';
import {
  FIXED_RESPONSE_HEADERS,
  SECURITY_HEADERS,
  STATIC_CONTENT_SECURITY_POLICY,
} from './config/security-headers';

const nextConfig: NextConfig = {
  // The driver opens sockets and keeps a pool: load it from node_modules on the server, unbundled.
  // graphql once, from node_modules: bundled, the ESM copy Apollo imports and the CommonJS copy
  // graphql-jit requires would be two realms, whose instanceof checks fail (introspection breaks).
  serverExternalPackages: ['neo4j-driver', 'graphql', 'graphql-jit'],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // `npm test` runs tsc over the whole repository as its own step; checking again inside every build doubles the time.
  typescript: { ignoreBuildErrors: true },
  // Pages get their headers (with a per-request CSP nonce) from proxy.ts; everything else here
  // (and /api/graphql under `npm start` from scripts/serve.ts, with the same FIXED_RESPONSE_HEADERS).
  headers() {
    // Bundle files may be worker scripts, which run under their own response's policy.
    const bundle = [
      ...SECURITY_HEADERS,
      { key: 'Content-Security-Policy', value: STATIC_CONTENT_SECURITY_POLICY },
    ];
    return Promise.resolve([
      ...['/api/:path*', '/favicon.ico', '/icon.svg'].map((source) => ({
        source,
        headers: [...FIXED_RESPONSE_HEADERS],
      })),
      { source: '/_next/static/:path*', headers: bundle },
    ]);
  },
};

export default nextConfig;

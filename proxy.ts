import { NextResponse, type NextRequest } from 'next/server';
import {
  contentSecurityPolicy,
  createNonce,
  SECURITY_HEADERS,
  STRICT_TRANSPORT_SECURITY,
} from '@/config/security-headers';
import { apiKeyRepository } from '@/graph-db/repositories/api-key-repository';
import { readApiSettings } from '@/config/server';
import { KEY_COOKIE } from '@/graphql/http/request-context';

/**
 * Runs before every page: a per-request CSP nonce (Next reads it from the request's policy header
 * and puts it on its own scripts) and the security headers; when reads need a key, pages without
 * the sign-in cookie go to /sign-in (the API checks the key itself, with its own error codes).
 */
/** Watch feeds check their own read token or key (feed readers cannot follow a sign-in). */
const WATCH_FEED = /^\/feeds\/watches\/[^/]+\.atom$/;

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const path = request.nextUrl.pathname;
  if (readApiSettings().requireReadKey && path !== '/sign-in' && !WATCH_FEED.test(path)) {
    const key = request.cookies.get(KEY_COOKIE)?.value;
    if (key === undefined || !(await apiKeyRepository.verify(key))) {
      const signIn = new URL('/sign-in', request.url);
      signIn.searchParams.set('next', `${request.nextUrl.pathname}${request.nextUrl.search}`);
      return NextResponse.redirect(signIn, 303);
    }
  }
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', policy);
  requestHeaders.set('x-nonce', nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  for (const { key, value } of SECURITY_HEADERS) response.headers.set(key, value);
  if (request.headers.get('x-forwarded-proto') === 'https') {
    response.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  }
  return response;
}

export const config = {
  // Pages only: the API, build assets and icons get fixed headers from next.config.ts.
  matcher: ['/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)'],
};

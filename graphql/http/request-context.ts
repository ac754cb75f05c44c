import type { ApiKeyRepository } from '@/graph-db/repositories/api-key-repository';
import { unauthenticated } from '../limits/access';
import type { Caller } from '../context';
import { apiError, ERROR_CODES } from '../errors';
import type { HeaderReader } from './http-limits';

/** The HttpOnly cookie the sign-in page sets when reads need a key (see app/sign-in). */
export const KEY_COOKIE = 'narragraph_key';

/**
 * The client's address as the server saw it. `npm start`'s server (scripts/serve.ts) overwrites
 * X-Forwarded-For with the socket address, or the first untrusted hop behind a trusted proxy.
 */
export function clientAddress(headers: HeaderReader): string {
  const forwarded = headers.get('x-forwarded-for');
  const first = forwarded?.split(',')[0]?.trim();
  return first === undefined || first === '' ? 'unknown' : first;
}

/** The key the request presents: the Authorization header first, then the sign-in cookie. */
export function presentedKey(headers: HeaderReader): string | undefined {
  const authorization = headers.get('authorization') ?? null;
  if (authorization !== null && authorization.trim() !== '') {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) {
      throw unauthenticated('The Authorization header must be `Bearer <key>`.');
    }
    return match[1];
  }
  const cookies = headers.get('cookie') ?? '';
  for (const part of cookies.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === KEY_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/**
 * Who is calling. A presented key that does not verify (malformed, unknown or revoked) is refused
 * outright with UNAUTHENTICATED rather than silently treated as anonymous.
 */
export async function callerFromHeaders(
  headers: HeaderReader,
  apiKeys: Pick<ApiKeyRepository, 'verify'>,
): Promise<Caller> {
  const presented = presentedKey(headers);
  if (presented === undefined) return { key: null, clientId: `ip:${clientAddress(headers)}` };
  let key: Awaited<ReturnType<typeof apiKeys.verify>>;
  try {
    key = await apiKeys.verify(presented);
  } catch (error) {
    // A context failure would otherwise be Apollo's bare HTTP 500.
    console.error('[graphql] API key check failed', error);
    throw apiError(
      ERROR_CODES.SERVICE_UNAVAILABLE,
      'The API key could not be checked; try again shortly.',
      {
        http: { status: 503, headers: new Map([['retry-after', '1']]) },
      },
    );
  }
  if (!key) throw unauthenticated('The API key is malformed, unknown or revoked.');
  return { key: { id: key.id, name: key.name, scope: key.scope }, clientId: `key:${key.id}` };
}

import { NextResponse, type NextRequest } from 'next/server';
import { safeReturnPath, sameOrigin } from '@/app/_lib/sign-in';
import { repositories } from '@/graph-db/repositories';
import { KEY_COOKIE } from '@/graphql/http/request-context';

/** 30 days; the key's revocation ends the session sooner (every request re-verifies it). */
const SESSION_SECONDS = 30 * 24 * 60 * 60;

/** A text field of the form; files and missing fields read as empty. */
function field(form: FormData | undefined, name: string): string {
  const value = form?.get(name);
  return typeof value === 'string' ? value : '';
}

/**
 * A redirect to a path of this site, as a relative Location: the browser resolves it against the
 * address it used. `request.url` is the address the server listens on (`http://0.0.0.0:3000` under
 * `npm start`), not the Host the user sent.
 */
function back(path: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { location: path } });
}

/**
 * Sign in (form field `key`) or out (`action=sign-out`) for servers where reads need a key. The
 * cookie is HttpOnly and SameSite=Strict, and this endpoint refuses cross-site posts (CSRF).
 */
export async function POST(request: NextRequest): Promise<Response> {
  if (!sameOrigin(request)) {
    return NextResponse.json(
      { error: 'cross-site request refused', code: 'FORBIDDEN' },
      { status: 403 },
    );
  }
  const form = await request.formData().catch(() => undefined);
  const next = safeReturnPath(field(form, 'next'));
  if (form?.get('action') === 'sign-out') {
    const response = back('/sign-in');
    response.cookies.delete(KEY_COOKIE);
    return response;
  }
  const key = field(form, 'key').trim();
  const verified = key === '' ? undefined : await repositories.apiKeys.verify(key);
  if (!verified) {
    return back(`/sign-in?error=invalid&next=${encodeURIComponent(next)}`);
  }
  const response = back(next);
  response.cookies.set(KEY_COOKIE, key, {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.headers.get('x-forwarded-proto') === 'https',
    path: '/',
    maxAge: SESSION_SECONDS,
  });
  return response;
}

import { FEED_ENTRIES, watchFeed } from '@/delivery/atom';
import { publicBaseUrl, requestOrigin } from '@/delivery/links';
import { isUnavailableError } from '@/graph-db/driver';
import { repositories } from '@/graph-db/repositories';
import { readApiSettings } from '@/config/server';
import { presentedKey } from '@/graphql/http/request-context';

export const dynamic = 'force-dynamic';

/** `<id>.atom`: the watch ids createWatch makes are base64url. */
const FILE = /^([A-Za-z0-9_-]{1,64})\.atom$/;

const notFound = () =>
  new Response('No such watch.\n', { status: 404, headers: { 'content-type': 'text/plain' } });

/** Same answer for a missing watch, a missing token and a wrong one: none tells a watch exists. */
const unauthorized = () =>
  new Response(
    'This feed needs a key: sign in, or add the watch feed token (?token=…) its editor created.\n',
    { status: 401, headers: { 'content-type': 'text/plain' } },
  );

type ReadAccess = { readonly allowed: false } | { readonly allowed: true; readonly token?: string };

/**
 * When reads need a key, a feed reader (which cannot send the sign-in cookie) shows the watch's
 * own read token instead; a browser signed in, or a client with a key, needs none.
 */
async function mayRead(request: Request, id: string): Promise<ReadAccess> {
  if (!readApiSettings().requireReadKey) return { allowed: true };
  const token = new URL(request.url).searchParams.get('token');
  if (token !== null && token !== '') {
    return (await repositories.watches.feedTokenMatches(id, token))
      ? { allowed: true, token }
      : { allowed: false };
  }
  let key: string | undefined;
  try {
    key = presentedKey(request.headers);
  } catch {
    return { allowed: false };
  }
  const allowed = key !== undefined && (await repositories.apiKeys.verify(key)) !== undefined;
  return { allowed };
}

/** `/feeds/watches/<id>.atom`: a watch's latest alerts as Atom 1.0 (delivery/atom.ts). */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  const id = FILE.exec((await params).file)?.[1];
  if (id === undefined) return notFound();
  try {
    const access = await mayRead(request, id);
    if (!access.allowed) return unauthorized();
    const watch = await repositories.watches.get(id);
    if (watch === undefined) return notFound();
    const alerts = await repositories.alerts.list(id, null, FEED_ENTRIES);
    const body = watchFeed(watch, alerts, publicBaseUrl(requestOrigin(request)), access.token);
    return new Response(body, {
      headers: {
        'content-type': 'application/atom+xml; charset=utf-8',
        'cache-control': 'no-cache',
      },
    });
  } catch (error) {
    if (!isUnavailableError(error)) throw error;
    return new Response('The database is unavailable; try again shortly.\n', {
      status: 503,
      headers: { 'content-type': 'text/plain', 'retry-after': '30' },
    });
  }
}

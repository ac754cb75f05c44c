import { FEED_ENTRIES, watchFeed } from '@/delivery/atom';
import { publicBaseUrl } from '@/delivery/links';
import { isUnavailableError } from '@/graph-db/driver';
import { repositories } from '@/graph-db/repositories';

export const dynamic = 'force-dynamic';

/** `<id>.atom`: the watch ids createWatch makes are base64url. */
const FILE = /^([A-Za-z0-9_-]{1,64})\.atom$/;

const notFound = () =>
  new Response('No such watch.\n', { status: 404, headers: { 'content-type': 'text/plain' } });

/** `/feeds/watches/<id>.atom`: a watch's latest alerts as Atom 1.0 (delivery/atom.ts). */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  const id = FILE.exec((await params).file)?.[1];
  if (id === undefined) return notFound();
  try {
    const watch = await repositories.watches.get(id);
    if (watch === undefined) return notFound();
    const alerts = await repositories.alerts.list(id, null, FEED_ENTRIES);
    const body = watchFeed(watch, alerts, publicBaseUrl(new URL(request.url).origin));
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

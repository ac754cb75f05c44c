import { readDemoLoadStatus } from '@/app/_lib/demo-load-status';

export const dynamic = 'force-dynamic';

/** The demo load's progress for the page banner; `status: null` once nothing is loading. */
export function GET(): Response {
  return Response.json(
    { status: readDemoLoadStatus() },
    { headers: { 'cache-control': 'no-store' } },
  );
}

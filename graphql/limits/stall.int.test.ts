import { expect, it } from 'vitest';
import { connectTestDatabase } from '@/graph-db/testing/test-database';
import { serveGraphQLPerFile } from '../testing/node-server';

/**
 * The request that stalled the server (issue 17): a few hundred bytes whose fragments spread each
 * other twice, 22 deep, are 4 million selections once expanded. Measuring them walked every one
 * (seconds of CPU per request, with every other request waiting); now each fragment is measured
 * once, the request is refused at once, and requests beside it are answered.
 */

connectTestDatabase();

const LEVELS = 22;
const FRAGMENT_BOMB = [
  '{ stats { ...F0 } }',
  ...Array.from(
    { length: LEVELS },
    (_, i) => `fragment F${i} on Stats { ...F${i + 1} ...F${i + 1} }`,
  ),
  `fragment F${LEVELS} on Stats { articles }`,
].join('\n');

const served = serveGraphQLPerFile();

async function post(query: string): Promise<string> {
  const response = await fetch(`${served.origin}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    data?: { health?: { nodeCount: number } };
    errors?: { extensions?: { code?: string } }[];
  };
  const code = body.errors?.map((e) => e.extensions?.code).join() ?? 'ok';
  return `${response.status} ${code}`;
}

it('refuses fragment bombs at once with 400 QUERY_TOO_COMPLEX while answering other requests', async () => {
  const started = performance.now();
  const bombs = Array.from({ length: 10 }, () => post(FRAGMENT_BOMB));
  const others = Array.from({ length: 5 }, () => post('{ health { nodeCount } }'));
  const answers = {
    bombs: new Set(await Promise.all(bombs)),
    others: new Set(await Promise.all(others)),
  };
  // The old walk took seconds per bomb on one core; ten of them, tens of seconds.
  expect({ ...answers, inTime: performance.now() - started < 5_000 }).toEqual({
    bombs: new Set(['400 QUERY_TOO_COMPLEX']),
    others: new Set(['200 ok']),
    inTime: true,
  });
});

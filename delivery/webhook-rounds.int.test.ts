import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertRepository } from '@/graph-db/repositories/alert-repository';
import { ingestRepository } from '@/graph-db/repositories/ingest-repository';
import { closeDriver, connectTestDatabase, resetDatabase } from '@/graph-db/testing/test-database';
import { createApolloServer } from '@/graphql/server';
import { ANONYMOUS_CALLER, execute } from '@/graphql/testing/execute';
import { extractArticle } from '@/ingest/extract/extract-article';
import { deliverPendingAlerts, type WebhookOptions } from './webhook';

/**
 * Webhook rounds against the real Neo4j and a receiver on 127.0.0.1: a round whose attempts all
 * fail leaves the alert pending until its next attempt time, a later round delivers it once the
 * receiver recovers, and an alert still failing after the last round is marked failed. The clock
 * is the test's, so each round's due time is exact.
 */

connectTestDatabase();
process.env.NARRAGRAPH_WEBHOOK_ALLOW_LOOPBACK = 'true';
const server = createApolloServer();

let receiver: Server;
let hookUrl = '';
let failing = true;
let posts = 0;

beforeAll(async () => {
  await resetDatabase();
  receiver = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      posts += 1;
      response.writeHead(failing ? 503 : 204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
});

afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve));
  await closeDriver();
});

const ROUND_MS = 60_000;
let now = Date.parse('2026-12-06T12:00:00Z');
const options: WebhookOptions = {
  attempts: 2,
  baseDelayMs: 0,
  roundBaseMs: ROUND_MS,
  maxRounds: 3,
  clock: () => now,
};

const WATCH = `query W($id: ID!) {
  watch(id: $id) { lastDelivery { state attempts error nextAttemptAt } }
}`;

async function lastDelivery(id: string): Promise<unknown> {
  const result = await execute<{ watch: { lastDelivery: unknown } }>(server, WATCH, { id });
  return result.data?.watch.lastDelivery;
}

/** Writes an article the watch's words match: the write raises its alert and queues it. */
async function ingest(title: string): Promise<void> {
  await ingestRepository.writeBatch([
    extractArticle({
      title,
      date: '2026-12-01',
      sourceName: 'KCNA',
      text: `Pyongyang, December 1 (KCNA) -- ${title}: a new zebra crossing opened in the capital.`,
      origin: { location: `test:${title}` },
    }),
  ]);
}

async function round(): Promise<{ delivered: number; posts: number }> {
  const before = posts;
  const delivered = await deliverPendingAlerts(alertRepository, options);
  return { delivered, posts: posts - before };
}

describe('webhook rounds', () => {
  let watchId = '';

  it('keeps an alert whose round failed pending until its next attempt time', async () => {
    const created = await execute<{ createWatch: { watch: { id: string } } }>(
      server,
      `mutation C($input: CreateWatchInput!) { createWatch(input: $input) { watch { id } } }`,
      { input: { name: 'Zebra', kind: 'SEARCH', query: 'zebra crossing', webhookUrl: hookUrl } },
      ANONYMOUS_CALLER,
    );
    watchId = created.data?.createWatch.watch.id ?? '';
    await ingest('First crossing');
    expect(await round()).toEqual({ delivered: 0, posts: 2 });
    expect(await lastDelivery(watchId)).toEqual({
      state: 'PENDING',
      attempts: 2,
      error: 'HTTP 503',
      nextAttemptAt: new Date(now + ROUND_MS).toISOString().replace('.000Z', 'Z'),
    });
    // Not due yet: nothing is sent.
    now += ROUND_MS / 2;
    expect(await round()).toEqual({ delivered: 0, posts: 0 });
  });

  it('delivers it in a later round once the receiver recovers', async () => {
    failing = false;
    now += ROUND_MS / 2;
    expect(await round()).toEqual({ delivered: 1, posts: 1 });
    expect(await lastDelivery(watchId)).toEqual({
      state: 'DELIVERED',
      attempts: 3,
      error: null,
      nextAttemptAt: null,
    });
    expect(await alertRepository.pending(10, new Date(now + 1e9).toISOString())).toEqual([]);
  });

  it('marks an alert failed after the last round, waiting twice as long between rounds', async () => {
    failing = true;
    await ingest('Second crossing');
    expect(await round()).toEqual({ delivered: 0, posts: 2 });
    now += ROUND_MS;
    expect(await round()).toEqual({ delivered: 0, posts: 2 });
    // The second wait is twice the first.
    now += ROUND_MS;
    expect(await round()).toEqual({ delivered: 0, posts: 0 });
    now += ROUND_MS;
    expect(await round()).toEqual({ delivered: 0, posts: 2 });
    expect(await lastDelivery(watchId)).toEqual({
      state: 'FAILED',
      attempts: 6,
      error: 'HTTP 503',
      nextAttemptAt: null,
    });
    expect(await alertRepository.pending(10, new Date(now + 1e9).toISOString())).toEqual([]);
  });
});

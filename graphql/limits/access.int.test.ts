import { spawnSync } from 'node:child_process';
import { HeaderMap } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTransaction } from '@/graph-db/driver';
import { EMPTY_VIEW_STATE, encodeViewState } from '@/model/view-state';
import { toNumber } from '@/graph-db/neo4j-values';
import { repositories } from '@/graph-db/repositories';
import { hashApiKey } from '@/graph-db/repositories/api-key-repository';
import { closeDriver, connectTestDatabase, resetDatabase } from '@/graph-db/testing/test-database';
import { SNAPSHOT_READ_COST } from './complexity';
import type { GraphQLContext } from '../context';
import { LIMITS } from './limits';
import { CostRateLimiter } from './rate-limit';
import { callerFromHeaders } from '../http/request-context';
import { createApolloServer } from '../server';
import { ANONYMOUS_CALLER, codes, execute } from '../testing/execute';

connectTestDatabase();

const INGEST = `mutation($input: IngestPageInput!) { ingestPage(input: $input) { articles { status } rejected { reason } } }`;
const PAGE = {
  input: {
    text: [
      'Access test page',
      '',
      'Date: 02/02/2022 | Source: Access Test Agency | Read original version at source',
      '',
      'Access test page',
      '',
      'Pyongyang, February 2 (KCNA) -- Japan and the United States held drills on January 30.',
    ].join('\n'),
    format: 'PAGE_TEXT',
  },
};
const SAVE = `mutation($input: SaveViewInput!) { saveView(input: $input) { slug } }`;
const VIEW = {
  input: {
    name: 'public view',
    description: '',
    state: 'eyJ2IjoxfQ',
    positions: '{}',
    viewport: '{"zoom":1,"pan":{"x":0,"y":0}}',
    mode: 'LIVE',
  },
};

/** A started server: the HTTP pipeline needs start(), executeOperation does not. */
async function startedServer(...args: Parameters<typeof createApolloServer>) {
  const server = createApolloServer(...args);
  await server.start();
  servers.push(server);
  return server;
}
const servers: ReturnType<typeof createApolloServer>[] = [];

/** Runs one POST through the real HTTP pipeline of Apollo with the route's context function. */
async function post(
  server: ReturnType<typeof createApolloServer>,
  query: string,
  variables: Record<string, unknown>,
  headers: [string, string][] = [],
) {
  const headerMap = new HeaderMap([
    ['accept', 'application/graphql-response+json'],
    ['content-type', 'application/json'],
    ['x-forwarded-for', '203.0.113.7'],
    ...headers,
  ]);
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: 'POST',
      headers: headerMap,
      search: '',
      body: { query, variables },
    },
    context: async (): Promise<GraphQLContext> => ({
      db: repositories,
      caller: await callerFromHeaders(new Headers([...headerMap]), repositories.apiKeys),
    }),
  });
  if (response.body.kind !== 'complete') throw new Error('expected a complete body');
  const body = JSON.parse(response.body.string) as {
    data?: Record<string, unknown> | null;
    errors?: {
      message: string;
      extensions?: { code?: string; retryAfterSeconds?: number; cost?: number };
    }[];
  };
  return {
    status: response.status ?? 200,
    headers: response.headers,
    body,
    codes: (body.errors ?? []).map((e) => e.extensions?.code),
  };
}

const articleCount = () =>
  readTransaction(async (tx) => {
    const count: unknown = (await tx.run('MATCH (a:Article) RETURN count(a) AS n')).records[0]?.get(
      'n',
    );
    return toNumber(count);
  });

let writeKey = '';
let readKey = '';

beforeAll(async () => {
  await resetDatabase();
  writeKey = (await repositories.apiKeys.create('access test writer', 'write')).key;
  readKey = (await repositories.apiKeys.create('access test reader', 'read')).key;
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await closeDriver();
});

describe('API keys', () => {
  let server: ReturnType<typeof createApolloServer>;
  beforeAll(async () => {
    server = await startedServer();
  });

  it('are stored only as their SHA-256, never in clear', async () => {
    const stored = await readTransaction(async (tx) =>
      (await tx.run('MATCH (k:ApiKey) RETURN properties(k) AS p')).records.map(
        (r) => r.get('p') as Record<string, unknown>,
      ),
    );
    expect(stored).toHaveLength(2);
    const hashes = stored.map((p) => p.hash);
    expect(hashes).toContain(hashApiKey(writeKey));
    expect(hashes).toContain(hashApiKey(readKey));
    for (const properties of stored) {
      for (const value of Object.values(properties)) {
        expect(String(value)).not.toContain(writeKey.slice(-20));
        expect(String(value)).not.toContain(readKey.slice(-20));
      }
    }
  });

  it('refuse ingest without a key (401) and with a read key (403), writing nothing', async () => {
    const before = await articleCount();
    const anonymous = await post(server, INGEST, PAGE);
    expect(anonymous.status).toBe(401);
    expect(anonymous.codes).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const reader = await post(server, INGEST, PAGE, [['authorization', `Bearer ${readKey}`]]);
    expect(reader.status).toBe(403);
    expect(reader.codes).toEqual(['FORBIDDEN']);
    expect(await articleCount()).toBe(before);
  });

  it('let a write key ingest', async () => {
    const result = await post(server, INGEST, PAGE, [['authorization', `Bearer ${writeKey}`]]);
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data).toEqual({
      ingestPage: { articles: [{ status: 'CREATED' }], rejected: [] },
    });
  });

  it('leave reading and saving views public by default', async () => {
    expect((await post(server, '{ stats { articles } }', {})).body.data).toEqual({
      stats: { articles: 1 },
    });
    const saved = await post(server, SAVE, VIEW);
    expect(saved.body.errors).toBeUndefined();
  });

  it('refuse a malformed, unknown or revoked key instead of falling back to anonymous', async () => {
    const malformed = await post(server, '{ stats { articles } }', {}, [
      ['authorization', 'Bearer nope'],
    ]);
    expect(malformed.status).toBe(401);
    expect(malformed.codes).toEqual(['UNAUTHENTICATED']);
    const scheme = await post(server, '{ stats { articles } }', {}, [
      ['authorization', 'Basic dTpw'],
    ]);
    expect(scheme.codes).toEqual(['UNAUTHENTICATED']);

    const { key, row } = await repositories.apiKeys.create('soon revoked', 'write');
    expect((await post(server, INGEST, PAGE, [['authorization', `Bearer ${key}`]])).status).toBe(
      200,
    );
    await repositories.apiKeys.revoke(row.id);
    const revoked = await post(server, INGEST, PAGE, [['authorization', `Bearer ${key}`]]);
    expect(revoked.status).toBe(401);
    expect(revoked.codes).toEqual(['UNAUTHENTICATED']);
    const unknown = `${key.slice(0, -4)}AAAA`;
    expect(
      (await post(server, '{ stats { articles } }', {}, [['authorization', `Bearer ${unknown}`]]))
        .codes,
    ).toEqual(['UNAUTHENTICATED']);
  });

  it('are required for reads too when the setting says so', async () => {
    const strict = await startedServer({ requireReadKey: true });
    const anonymous = await post(strict, '{ stats { articles } }', {});
    expect(anonymous.status).toBe(401);
    expect(anonymous.codes).toEqual(['UNAUTHENTICATED']);
    const viewWithoutKey = await post(strict, SAVE, VIEW);
    expect(viewWithoutKey.codes).toEqual(['UNAUTHENTICATED']);
    const reader = await post(strict, '{ stats { articles } }', {}, [
      ['authorization', `Bearer ${readKey}`],
    ]);
    expect(reader.body).toEqual({ data: { stats: { articles: 1 } } });
  });

  it('are managed by `npm run keys`: create prints a working key, list shows it, revoke ends it', async () => {
    const env = { ...process.env, NODE_OPTIONS: '' };
    const cli = (...args: string[]) =>
      spawnSync('node_modules/.bin/tsx', ['scripts/keys.ts', ...args], {
        env,
        encoding: 'utf8',
        timeout: 60_000,
      });
    const created = cli('create', '--name', 'cli test', '--scope', 'read');
    expect(created.status, created.stderr).toBe(0);
    const key = /\b(ngk_\S+)/.exec(created.stdout)?.[1] ?? '';
    const id = /key (\S+) for/.exec(created.stdout)?.[1] ?? '';
    expect(await repositories.apiKeys.verify(key)).toMatchObject({
      id,
      scope: 'read',
      name: 'cli test',
    });
    const listed = cli('list');
    expect(listed.stdout).toMatch(new RegExp(`${id}\\s+read\\s+active`));
    expect(listed.stdout).not.toContain(key);
    const revoked = cli('revoke', id);
    expect(revoked.status).toBe(0);
    expect(revoked.stdout).toMatch(new RegExp(`${id}\\s+read\\s+revoked`));
    expect(cli('create').status).toBe(2);
    expect(cli('revoke', 'no-such-id').status).toBe(1);
  });
});

describe('abuse limits', () => {
  it('rate-limit by cost per client with 429, Retry-After and RATE_LIMITED, and keep clients apart', async () => {
    const limiter = new CostRateLimiter({
      enabled: true,
      anonymous: { capacity: 30, refillPerSecond: 0.5 },
      key: { capacity: 1_000, refillPerSecond: 10 },
    });
    const server = await startedServer({ limiter });
    const query = '{ search(query: "japan", first: 5) { edges { node { id } } } }'; // cost 1 + 5 × 3
    expect((await post(server, query, {})).status).toBe(200);
    const limited = await post(server, query, {});
    expect(limited.status).toBe(429);
    expect(limited.codes).toEqual(['RATE_LIMITED']);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(limited.body.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    const otherClient = await post(server, query, {}, [['x-forwarded-for', '198.51.100.2']]);
    expect(otherClient.status).toBe(200);
    const keyed = await post(server, query, {}, [['authorization', `Bearer ${readKey}`]]);
    expect(keyed.status).toBe(200);
  });

  it('charge a SNAPSHOT save for the neighbourhoods it reads, a live save only for its fields', async () => {
    const limiter = new CostRateLimiter({
      enabled: true,
      // Room for the live save and one snapshot read, not for the two reads this state needs.
      anonymous: { capacity: SNAPSHOT_READ_COST + 100, refillPerSecond: 0.001 },
      key: { capacity: 1_000, refillPerSecond: 10 },
    });
    const server = await startedServer({ limiter });
    const save = `mutation($input: SaveViewInput!) { saveView(input: $input) { slug } }`;
    const input = (mode: 'LIVE' | 'SNAPSHOT') => ({
      name: 'charged',
      positions: '{}',
      viewport: '{"zoom":1,"pan":{"x":0,"y":0}}',
      mode,
      state: encodeViewState({
        ...EMPTY_VIEW_STATE,
        seeds: ['Actor:country:united-states'],
        expansions: [{ id: 'Actor:country:china', depth: 1 }],
      }),
    });
    expect((await post(server, save, { input: input('LIVE') })).status).toBe(200);
    const snapshot = await post(server, save, { input: input('SNAPSHOT') });
    expect(snapshot.status).toBe(429);
    expect(snapshot.codes).toEqual(['RATE_LIMITED']);
    expect(snapshot.body.errors?.[0]?.extensions?.cost).toBeGreaterThan(2 * SNAPSHOT_READ_COST);
  });

  it('refuse rejected operations without charging them', async () => {
    const limiter = new CostRateLimiter({
      enabled: true,
      anonymous: { capacity: 5, refillPerSecond: 0.001 },
      key: { capacity: 5, refillPerSecond: 0.001 },
    });
    const server = await startedServer({ limiter });
    for (let i = 0; i < 3; i += 1) expect((await post(server, INGEST, PAGE)).status).toBe(401);
    expect((await post(server, '{ stats { articles } }', {})).status).toBe(200);
  });

  it('stop the parser at the token limit', async () => {
    const server = await startedServer();
    const fields = Array.from({ length: LIMITS.maxTokens }, () => '__typename').join(' ');
    const result = await post(server, `{ ${fields} }`, {});
    expect(result.status).toBe(400);
    expect(result.codes).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(result.body.errors?.[0]?.message).toMatch(/tokens/);
  });

  it('refuse batched requests', async () => {
    const server = await startedServer();
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'POST',
        headers: new HeaderMap([['content-type', 'application/json']]),
        search: '',
        body: [{ query: '{ __typename }' }, { query: '{ __typename }' }],
      },
      context: () => Promise.resolve({ db: repositories, caller: ANONYMOUS_CALLER }),
    });
    expect(response.status).toBe(400);
  });

  it('keep execute() helpers honest: the default test caller holds a write key', async () => {
    const server = await startedServer();
    const anonymous = await execute(server, INGEST, PAGE, ANONYMOUS_CALLER);
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });
});

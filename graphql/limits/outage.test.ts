import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph-db/driver';
import { DatabaseOutage } from './outage';
import { createApolloServer } from '../server';
import { codes, execute } from '../testing/execute';

const answered = () => Promise.resolve();
const failed = (error: Error) => () => Promise.reject(error);

describe('the database outage breaker', () => {
  it('lets one probe at a time through while Neo4j is down, and closes when its ping is answered', async () => {
    const outage = new DatabaseOutage(2, () => 0);
    const seen: string[] = [outage.admit()];
    outage.reportUnavailable();
    seen.push(outage.admit(), outage.admit());
    // The ping finds Neo4j still down: the next request is the next probe.
    seen.push(String(await outage.probe(failed(new Error('Neo4j is unavailable')))));
    seen.push(outage.admit(), outage.admit());
    seen.push(String(await outage.probe(answered)));
    seen.push(outage.admit(), outage.admit());
    expect(seen).toEqual([
      'pass',
      'probe',
      'refuse',
      'false',
      'probe',
      'refuse',
      'true',
      'pass',
      'pass',
    ]);
  });

  it('stays open when a ping fails for any reason, not only an outage', async () => {
    const outage = new DatabaseOutage(2, () => 0);
    outage.reportUnavailable();
    outage.admit();
    const probed = await outage.probe(failed(new TypeError('not a database error')));
    expect({ probed, open: outage.isOpen() }).toEqual({ probed: false, open: true });
  });

  it('lets another probe through when one never reports back', () => {
    let now = 0;
    const outage = new DatabaseOutage(2, () => now);
    outage.reportUnavailable();
    const seen = [outage.admit(), outage.admit()];
    now = 40_000;
    seen.push(outage.admit());
    expect(seen).toEqual(['probe', 'refuse', 'probe']);
  });

  it('answers 503 with Retry-After and SERVICE_UNAVAILABLE', () => {
    const { http, body } = new DatabaseOutage(3).response();
    expect({
      status: http.status,
      retryAfter: http.headers.get('retry-after'),
      codes: body.kind === 'single' ? body.singleResult.errors?.map((e) => e.extensions?.code) : [],
    }).toEqual({ status: 503, retryAfter: '3', codes: ['SERVICE_UNAVAILABLE'] });
  });
});

describe('the breaker in the Apollo server, with no Neo4j to reach', () => {
  // No database configured: every read fails with Neo4jUnavailableError, as in an outage.
  const savedUri = process.env.NEO4J_URI;
  beforeAll(async () => {
    delete process.env.NEO4J_URI;
    await closeDriver();
  });
  afterAll(async () => {
    if (savedUri !== undefined) process.env.NEO4J_URI = savedUri;
    await closeDriver();
  });

  it('stays open when a probe fails before it reaches Neo4j', async () => {
    const outage = new DatabaseOutage(2, () => 0);
    const server = createApolloServer({ outage });
    const opened = await execute(server, '{ stats { articles } }');
    // The probe: its search text has no word, so it fails with BAD_USER_INPUT before any read.
    const probe = await execute(server, '{ search(query: "!!!", first: 1) { totalCount } }');
    expect({ opened: codes(opened), probe: codes(probe), open: outage.isOpen() }).toEqual({
      opened: ['SERVICE_UNAVAILABLE'],
      probe: ['SERVICE_UNAVAILABLE'],
      open: true,
    });
  });
});

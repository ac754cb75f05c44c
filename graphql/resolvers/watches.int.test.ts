import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverPendingAlerts, signBody } from '@/delivery/webhook';
import { alertRepository } from '@/graph-db/repositories/alert-repository';
import { closeDriver, connectTestDatabase, resetDatabase } from '@/graph-db/testing/test-database';
import { createApolloServer } from '../server';
import { ANONYMOUS_CALLER, execute } from '../testing/execute';

connectTestDatabase();
// The receiver is on 127.0.0.1: only this explicit allowance lets a webhook go there.
process.env.NARRAGRAPH_WEBHOOK_ALLOW_LOOPBACK = 'true';
const server = createApolloServer();

interface Received {
  readonly body: string;
  readonly signature: string | undefined;
  readonly contentType: string | undefined;
}

/** A webhook receiver that answers 500 to the first POST and 204 to the later ones. */
let receiver: Server;
let hookUrl = '';
const received: Received[] = [];

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

beforeAll(async () => {
  await resetDatabase();
  receiver = createServer((request, response) => {
    void readBody(request).then((body) => {
      received.push({
        body,
        signature: request.headers['x-narragraph-signature'] as string | undefined,
        contentType: request.headers['content-type'],
      });
      response.writeHead(received.length === 1 ? 500 : 204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
});

afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve));
  await closeDriver();
});

const CREATE = `mutation Create($input: CreateWatchInput!) {
  createWatch(input: $input) { editToken webhookSecret watch { id name kind query hasWebhook unreadCount } }
}`;

interface Created {
  createWatch: {
    editToken: string;
    webhookSecret: string;
    watch: { id: string; name: string; kind: string; query: string; hasWebhook: boolean };
  };
}

const ALERTS = `query Alerts($id: ID!) {
  watch(id: $id) { unreadCount lastReadAt }
  alerts(watchId: $id, first: 5) {
    totalCount
    edges { node { kind title unread sentence range { start end } article { title } subjectId } }
  }
}`;

const TEXT =
  'Pyongyang, March 2 (KCNA) -- A new zebra crossing opened in the capital.\nCitizens welcomed the crossing warmly.';

describe('watches over GraphQL', () => {
  let watchId = '';
  let editToken = '';
  let secret = '';

  it('creates a search watch without a key, refusing private webhook targets', async () => {
    const refused = await execute(
      server,
      CREATE,
      {
        input: {
          name: 'x',
          kind: 'SEARCH',
          query: 'zebra',
          webhookUrl: 'http://169.254.169.254/latest',
        },
      },
      ANONYMOUS_CALLER,
    );
    const created = await execute<Created>(
      server,
      CREATE,
      {
        input: {
          name: 'Zebra crossings',
          kind: 'SEARCH',
          query: 'Zebra crossing',
          webhookUrl: hookUrl,
        },
      },
      ANONYMOUS_CALLER,
    );
    const payload = created.data!.createWatch;
    watchId = payload.watch.id;
    editToken = payload.editToken;
    secret = payload.webhookSecret;
    expect([refused.errors?.[0]?.extensions?.code, created.errors, payload.watch]).toEqual([
      'BAD_USER_INPUT',
      undefined,
      {
        id: watchId,
        name: 'Zebra crossings',
        kind: 'SEARCH',
        query: 'Zebra crossing',
        hasWebhook: true,
        unreadCount: 0,
      },
    ]);
  });

  it('alerts on an article ingested through the API, with its evidence', async () => {
    await execute(
      server,
      `mutation { ingestArticles(articles: [{title: "New crossing", date: "2024-03-02", source: "KCNA", text: ${JSON.stringify(TEXT)}}]) { articles { status } } }`,
    );
    const result = await execute(server, ALERTS, { id: watchId });
    expect(result.data).toEqual({
      watch: { unreadCount: 1, lastReadAt: null },
      alerts: {
        totalCount: 1,
        edges: [
          {
            node: {
              kind: 'SEARCH_MATCH',
              title: '“New crossing” matches “Zebra crossing”',
              unread: true,
              sentence: 'Pyongyang, March 2 (KCNA) -- A new zebra crossing opened in the capital.',
              range: { start: 0, end: 72 },
              article: { title: 'New crossing' },
              subjectId: expect.stringMatching(/^Article:/) as string,
            },
          },
        ],
      },
    });
  });

  it('posts the alert to the webhook, signed, and retries after a 500', async () => {
    // Queued behind the delivery the ingest started: when it returns, that one has finished.
    await deliverPendingAlerts(alertRepository, { baseDelayMs: 10 });
    const [first, second] = received;
    const payload = JSON.parse(second?.body ?? '{}') as {
      watch: { id: string };
      alert: { kind: string; evidence: { sentence: string } };
    };
    expect({
      posts: received.length,
      sameBody: first?.body === second?.body,
      signed: second?.signature === signBody(secret, second?.body ?? ''),
      contentType: second?.contentType,
      watch: payload.watch.id,
      kind: payload.alert.kind,
      sentence: payload.alert.evidence.sentence,
      pending: (await alertRepository.pending(10)).length,
    }).toEqual({
      posts: 2,
      sameBody: true,
      signed: true,
      contentType: 'application/json',
      watch: watchId,
      kind: 'search-match',
      sentence: 'Pyongyang, March 2 (KCNA) -- A new zebra crossing opened in the capital.',
      pending: 0,
    });
  });

  it('changes a watch only with its edit token', async () => {
    const mark = `mutation Mark($id: ID!, $token: String!) { markWatchRead(id: $id, editToken: $token) { unreadCount } }`;
    const wrong = await execute(server, mark, { id: watchId, token: 'nope' }, ANONYMOUS_CALLER);
    const right = await execute(server, mark, { id: watchId, token: editToken }, ANONYMOUS_CALLER);
    const removed = await execute(
      server,
      `mutation Delete($id: ID!, $token: String!) { deleteWatch(id: $id, editToken: $token) { deleted } }`,
      { id: watchId, token: editToken },
      ANONYMOUS_CALLER,
    );
    const after = await execute(server, `query W($id: ID!) { watch(id: $id) { id } }`, {
      id: watchId,
    });
    expect([wrong.errors?.[0]?.extensions?.code, right.data, removed.data, after.data]).toEqual([
      'FORBIDDEN',
      { markWatchRead: { unreadCount: 0 } },
      { deleteWatch: { deleted: true } },
      { watch: null },
    ]);
  });

  it('refuses a watch past NARRAGRAPH_MAX_WATCHES, naming the limit, until one is deleted', async () => {
    process.env.NARRAGRAPH_MAX_WATCHES = '2';
    try {
      const create = (name: string) =>
        execute<Created>(
          server,
          CREATE,
          { input: { name, kind: 'SEARCH', query: name } },
          ANONYMOUS_CALLER,
        );
      const first = await create('one');
      await create('two');
      const third = await create('three');
      const { id } = first.data!.createWatch.watch;
      await execute(
        server,
        `mutation D($id: ID!, $token: String!) { deleteWatch(id: $id, editToken: $token) { deleted } }`,
        { id, token: first.data!.createWatch.editToken },
        ANONYMOUS_CALLER,
      );
      const again = await create('three');
      expect([
        third.errors?.[0]?.extensions?.code,
        third.errors?.[0]?.message,
        again.data?.createWatch.watch.name,
      ]).toEqual([
        'BAD_USER_INPUT',
        'this graph already holds 2 watches, the most NARRAGRAPH_MAX_WATCHES allows; delete one first',
        'three',
      ]);
    } finally {
      delete process.env.NARRAGRAPH_MAX_WATCHES;
    }
  });
});

import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyRepository } from '@/graph-db/repositories/api-key-repository';
import { closeDriver, connectTestDatabase, resetDatabase } from '@/graph-db/testing/test-database';
import { KEY_COOKIE } from '@/graphql/http/request-context';
import { createApolloServer } from '@/graphql/server';
import type { Caller } from '@/graphql/context';
import { ANONYMOUS_CALLER, execute } from '@/graphql/testing/execute';
import { GET } from './[file]/route';

/**
 * A watch's Atom feed when reads need a key: feed readers cannot send the sign-in cookie, so each
 * watch's editor may create a read token the route accepts for that watch only.
 */

connectTestDatabase();
const server = createApolloServer();
/** With reads needing a key, the watch's editor calls the API with a read key. */
const READER: Caller = {
  key: { id: 'test-reader', name: 'integration tests', scope: 'read' },
  clientId: 'key:test-reader',
};

interface Watch {
  readonly id: string;
  readonly editToken: string;
}

async function createWatch(name: string): Promise<Watch> {
  const result = await execute<{ createWatch: { editToken: string; watch: { id: string } } }>(
    server,
    `mutation C($input: CreateWatchInput!) { createWatch(input: $input) { editToken watch { id } } }`,
    { input: { name, kind: 'SEARCH', query: name } },
    ANONYMOUS_CALLER,
  );
  return { id: result.data!.createWatch.watch.id, editToken: result.data!.createWatch.editToken };
}

async function createToken(watch: Watch, editToken = watch.editToken) {
  return execute<{
    createWatchFeedToken: { feedToken: string; feedPath: string; watch: { hasFeedToken: boolean } };
  }>(
    server,
    `mutation T($id: ID!, $token: String!) {
      createWatchFeedToken(id: $id, editToken: $token) { feedToken feedPath watch { hasFeedToken } }
    }`,
    { id: watch.id, token: editToken },
    READER,
  );
}

/** The route's answer: status, and the Atom feed's title when it parses as one. */
async function read(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; title?: string }> {
  const url = new URL(path, 'http://narragraph.test');
  const file = /\/feeds\/watches\/([^/?]+)/.exec(url.pathname)?.[1] ?? '';
  const response = await GET(new Request(url, { headers }), {
    params: Promise.resolve({ file }),
  });
  if (response.status !== 200) return { status: response.status };
  const parsed = new XMLParser().parse(await response.text()) as { feed?: { title?: string } };
  return { status: response.status, title: parsed.feed?.title };
}

let first: Watch;
let second: Watch;

beforeAll(async () => {
  await resetDatabase();
  first = await createWatch('Zebra');
  second = await createWatch('Giraffe');
  process.env.NARRAGRAPH_REQUIRE_READ_KEY = 'true';
});

afterAll(async () => {
  delete process.env.NARRAGRAPH_REQUIRE_READ_KEY;
  await closeDriver();
});

describe('watch feed read tokens', () => {
  it('serves the feed with its own token only: none or a wrong one is 401', async () => {
    const wrongEditor = await createToken(first, 'not-the-edit-token');
    const created = await createToken(first);
    const { feedToken, feedPath, watch } = created.data!.createWatchFeedToken;
    const other = (await createToken(second)).data!.createWatchFeedToken.feedToken;
    const plain = `/feeds/watches/${first.id}.atom`;
    expect({
      wrongEditor: wrongEditor.errors?.[0]?.extensions?.code,
      feedPath,
      hasFeedToken: watch.hasFeedToken,
      noToken: await read(plain),
      wrongToken: await read(`${plain}?token=${feedToken.slice(1)}x`),
      otherWatchesToken: await read(`${plain}?token=${other}`),
      rightToken: await read(feedPath),
    }).toEqual({
      wrongEditor: 'FORBIDDEN',
      feedPath: `${plain}?token=${feedToken}`,
      hasFeedToken: true,
      noToken: { status: 401 },
      wrongToken: { status: 401 },
      otherWatchesToken: { status: 401 },
      rightToken: { status: 200, title: 'Narragraph watch: Zebra' },
    });
  });

  it('still serves a signed-in browser, and forgets a revoked or replaced token', async () => {
    const { key } = await apiKeyRepository.create('feed test reader', 'read');
    const old = (await createToken(first)).data!.createWatchFeedToken.feedPath;
    const replacement = (await createToken(first)).data!.createWatchFeedToken.feedPath;
    const afterReplace = await read(old);
    const replaced = await read(replacement);
    const revoked = await execute<{ revokeWatchFeedToken: { hasFeedToken: boolean } }>(
      server,
      `mutation R($id: ID!, $token: String!) { revokeWatchFeedToken(id: $id, editToken: $token) { hasFeedToken } }`,
      { id: first.id, token: first.editToken },
      READER,
    );
    expect({
      signedIn: await read(`/feeds/watches/${first.id}.atom`, {
        cookie: `${KEY_COOKIE}=${encodeURIComponent(key)}`,
      }),
      badCookie: await read(`/feeds/watches/${first.id}.atom`, { cookie: `${KEY_COOKIE}=nope` }),
      afterReplace,
      replaced,
      revoked: revoked.data?.revokeWatchFeedToken.hasFeedToken,
      afterRevoke: await read(replacement),
    }).toEqual({
      signedIn: { status: 200, title: 'Narragraph watch: Zebra' },
      badCookie: { status: 401 },
      afterReplace: { status: 401 },
      replaced: { status: 200, title: 'Narragraph watch: Zebra' },
      revoked: false,
      afterRevoke: { status: 401 },
    });
  });

  it('links to the host the reader asked for, not the address Next listens on, and keeps the token in self', async () => {
    const { feedPath } = (await createToken(first)).data!.createWatchFeedToken;
    // Under `npm start` Next builds request.url from its listening address, 0.0.0.0:3000.
    const response = await GET(
      new Request(new URL(feedPath, 'http://0.0.0.0:3000'), {
        headers: { host: 'narragraph.example.org:8443' },
      }),
      { params: Promise.resolve({ file: `${first.id}.atom` }) },
    );
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(await response.text()) as {
      feed: { id: string; link: { '@_href': string }[] };
    };
    expect([parsed.feed.id, ...parsed.feed.link.map((link) => link['@_href'])]).toEqual([
      `http://narragraph.example.org:8443/watches/${first.id}`,
      `http://narragraph.example.org:8443${feedPath}`,
      `http://narragraph.example.org:8443/watches/${first.id}`,
    ]);
  });
});

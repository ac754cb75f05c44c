import { parse } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { SAMPLE_SLICE } from '@/components/graph/test-slices';
import {
  NEIGHBORHOOD_QUERY,
  PATHS_QUERY,
  SAVE_VIEW_MUTATION,
  SEARCH_QUERY,
  GraphClientError,
  RATE_LIMIT_RETRIES,
  asGraphSlice,
  createFetchGraph,
  createGraphClient,
  mergeSlices,
} from './graph-client';

function fakeFetch(status: number, body: unknown) {
  return vi.fn<typeof fetch>(() =>
    Promise.resolve(
      new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }),
    ),
  );
}

describe('graph-client', () => {
  it('sends a request refused with 429 again after its Retry-After, a bounded number of times', async () => {
    const busy = () =>
      new Response(JSON.stringify({ errors: [{ message: 'rate limit reached' }] }), {
        status: 429,
        headers: { 'retry-after': '2' },
      });
    const waits: number[] = [];
    const wait = (ms: number) => {
      waits.push(ms);
      return Promise.resolve();
    };
    let calls = 0;
    const flaky = vi.fn<typeof fetch>(() => {
      calls += 1;
      return Promise.resolve(
        calls < 3 ? busy() : new Response(JSON.stringify({ data: { neighborhood: SAMPLE_SLICE } })),
      );
    });
    const slice = await createGraphClient(createFetchGraph('/g', flaky, wait)).neighborhood({
      ids: ['Actor:us'],
      depth: 1,
    });
    expect(slice).toEqual(SAMPLE_SLICE);
    expect(waits).toEqual([2000, 2000]);

    const always = vi.fn<typeof fetch>(() => Promise.resolve(busy()));
    const refused = createGraphClient(createFetchGraph('/g', always, wait)).neighborhood({
      ids: ['Actor:us'],
      depth: 1,
    });
    await expect(refused).rejects.toMatchObject({ status: 429 });
    expect(always).toHaveBeenCalledTimes(1 + RATE_LIMIT_RETRIES);
  });

  it('has syntactically valid operations', () => {
    for (const q of [SEARCH_QUERY, NEIGHBORHOOD_QUERY, PATHS_QUERY, SAVE_VIEW_MUTATION]) {
      expect(() => parse(q)).not.toThrow();
    }
  });

  it('posts the operation and returns the slice', async () => {
    const f = fakeFetch(200, { data: { neighborhood: SAMPLE_SLICE } });
    const client = createGraphClient(createFetchGraph('/api/graphql', f));
    const slice = await client.neighborhood({ ids: ['Actor:us'], depth: 1 });
    expect(slice).toEqual(SAMPLE_SLICE);
    const [url, init] = f.mock.calls[0] ?? [];
    expect(url).toBe('/api/graphql');
    expect(JSON.parse(init?.body as string)).toMatchObject({
      variables: { ids: ['Actor:us'], depth: 1 },
    });
  });

  it('maps search hits and skips unknown kinds', async () => {
    const f = fakeFetch(200, {
      data: {
        search: {
          edges: [
            { node: { id: 'Actor:us', kind: 'Actor', label: 'United States', snippet: null } },
            { node: { id: 'Alien:x', kind: 'Alien', label: 'x' } },
          ],
        },
      },
    });
    const hits = await createGraphClient(createFetchGraph('/g', f)).search('us');
    expect(hits).toEqual([
      { id: 'Actor:us', kind: 'Actor', label: 'United States', snippet: null },
    ]);
  });

  it('turns GraphQL and HTTP failures into GraphClientError', async () => {
    const gql = createGraphClient(
      createFetchGraph('/g', fakeFetch(200, { errors: [{ message: 'boom' }] })),
    );
    await expect(gql.search('x')).rejects.toThrow('boom');
    await expect(gql.search('x')).rejects.toBeInstanceOf(GraphClientError);
    const http = createGraphClient(createFetchGraph('/g', fakeFetch(502, '<html>')));
    await expect(http.search('x')).rejects.toBeInstanceOf(GraphClientError);
    const empty = createGraphClient(createFetchGraph('/g', fakeFetch(500, {})));
    await expect(empty.paths('Actor:a', 'Actor:b')).rejects.toBeInstanceOf(GraphClientError);
  });

  it('saves a view', async () => {
    const f = fakeFetch(200, { data: { saveView: { slug: 'abc', editToken: 't' } } });
    const ref = await createGraphClient(createFetchGraph('/g', f)).saveView({
      name: 'n',
      state: 'eyJ2IjoxfQ',
      positions: '{}',
      viewport: '{}',
      mode: 'LIVE',
    });
    expect(ref).toEqual({ slug: 'abc', editToken: 't' });
  });
});

describe('asGraphSlice', () => {
  it('drops malformed elements instead of throwing', () => {
    const s = asGraphSlice({
      nodes: [{ id: 'Actor:a', kind: 'Actor' }, { id: 3 }, null, { id: 'X:y', kind: 'Planet' }],
      edges: [{ id: 'e', type: 'NOPE', source: 'a', target: 'b' }, 'junk'],
      truncated: 'yes',
    });
    expect(s).toEqual({
      nodes: [
        { id: 'Actor:a', kind: 'Actor', label: 'Actor:a', date: null, subtype: null, degree: 0 },
      ],
      edges: [],
      truncated: false,
    });
    expect(() => asGraphSlice(null)).toThrow(GraphClientError);
  });

  it('rebuilds edge ids, ends and node kinds from positions, as the server names them', () => {
    const s = asGraphSlice({
      nodes: [{ id: 'Article:k:1' }, { id: 'Event:war:1950' }, { id: 'Actor:a', kind: 'Actor' }],
      edges: [
        { type: 'CITES', s: 0, t: 1, qualifier: 'e0', weight: 1, quote: null, evidenceCount: 1 },
        { type: 'MENTIONS', s: 0, t: 2, qualifier: null, weight: 3, quote: null },
        { type: 'MENTIONS', s: 0, t: 7 },
      ],
      truncated: true,
    });
    expect({
      kinds: s.nodes.map((n) => n.kind),
      edges: s.edges.map((e) => [e.id, e.source, e.target, e.weight, e.evidenceCount]),
    }).toEqual({
      kinds: ['Article', 'Event', 'Actor'],
      edges: [
        ['CITES:Article:k:1->Event:war:1950:e0', 'Article:k:1', 'Event:war:1950', 1, 1],
        ['MENTIONS:Article:k:1->Actor:a', 'Article:k:1', 'Actor:a', 3, 0],
      ],
    });
  });
});

describe('mergeSlices', () => {
  it('unions by id and ors truncated', () => {
    const a = { ...SAMPLE_SLICE, truncated: true };
    const b = {
      nodes: SAMPLE_SLICE.nodes.slice(0, 2),
      edges: SAMPLE_SLICE.edges.slice(0, 1),
      truncated: false,
    };
    const m = mergeSlices([a, b]);
    expect(m.nodes).toHaveLength(6);
    expect(m.edges).toHaveLength(5);
    expect(m.truncated).toBe(true);
    expect(mergeSlices([]).nodes).toEqual([]);
  });
});

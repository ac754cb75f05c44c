import { buildSchema, getIntrospectionQuery, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW_STATE, encodeViewState } from '@/model/view-state';
import { MAX_PASSAGES } from '@/ingest/reuse/align';
import { SNAPSHOT_READ_COST, measureOperation } from './complexity';
import { LIMITS } from './limits';
import { typeDefs } from '../generated/type-defs';

const schema = buildSchema(typeDefs);
const measure = (query: string, variables: Record<string, unknown> = {}, name?: string) =>
  measureOperation(schema, parse(query), name, variables);

describe('measureOperation', () => {
  it('counts depth in fields, through fragments, ignoring introspection', () => {
    expect(measure('{ health { nodeCount } }').depth).toBe(2);
    expect(
      measure('{ node(id: "x") { ...F } } fragment F on Actor { partOf { name } }').depth,
    ).toBe(3);
    expect(
      measure('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }').depth,
    ).toBe(0);
  });

  it('counts aliases', () => {
    expect(measure('{ a: health { n: nodeCount } b: health { nodeCount } }').aliases).toBe(3);
  });

  it('multiplies children by first/limit, from literals, variables or defaults', () => {
    const search = (first: string) =>
      `{ search(query: "x"${first}) { edges { node { id label } } } }`;
    // search 1 + first × (edges 1 + node 1 + id 1 + label 1)
    expect(measure(search(', first: 10')).cost).toBe(1 + 10 * 4);
    expect(measure(search('')).cost).toBe(1 + 25 * 4);
    expect(
      measure('query($n: Int) { search(query: "x", first: $n) { edges { cursor } } }', { n: 50 })
        .cost,
    ).toBe(1 + 50 * 2);
    expect(measure('{ neighborhood(ids: ["a"]) { nodes { id } } }').cost).toBe(1 + 200 * 2);
  });

  it("charges a text reuse edge's passages as the most an edge keeps", () => {
    // node 1 + reuses (1 + 25 × (edges 1 + passages (1 + 10 × (reusing 1 + text 1))))
    expect(
      measure(
        '{ node(id: "x") { ... on Article { reuses { edges { passages { reusing { text } } } } } } }',
      ).cost,
    ).toBe(1 + 1 + 25 * (1 + 1 + MAX_PASSAGES * 2));
  });

  it('caps sizes at the maximum so out-of-range sizes fail as BAD_USER_INPUT instead', () => {
    expect(measure('{ search(query: "x", first: 100000) { edges { cursor } } }').cost).toBe(
      1 + 100 * 2,
    );
  });

  it("charges a saved view's snapshot like the largest neighbourhood, also under a list", () => {
    // savedView 1 + snapshot (1 + 500 × (nodes 1 + id 1))
    expect(measure('{ savedView(slug: "x") { snapshot { nodes { id } } } }').cost).toBe(
      1 + 1 + 500 * 2,
    );
    expect(
      measure('{ savedViews(first: 100) { edges { node { snapshot { nodes { id } } } } } }').cost,
    ).toBeGreaterThan(25_000);
    // Every slice field of one snapshot stays within a single operation's budget.
    const full = measure(`{ savedView(slug: "x") { snapshot { truncated
      nodes { id kind label date subtype degree }
      edges { id type source target weight quote
        evidence { sentence start end extractor confidence articleId articleTitle } } } } }`).cost;
    expect(full).toBeGreaterThan(10_000);
    expect(full).toBeLessThanOrEqual(25_000);
  });

  it('multiplies nested pages', () => {
    const cost = measure(`{ search(query: "x", first: 100) { edges { node { node { ... on Actor {
      mentionedIn(first: 100) { edges { node { title } } } } } } } } }`).cost;
    expect(cost).toBeGreaterThan(25_000);
  });

  it('measures the named operation of a document', () => {
    const doc = 'query A { health { nodeCount } } query B { stats { articles } }';
    expect(measure(doc, {}, 'B').cost).toBe(2);
  });
});

describe('the reads of a SNAPSHOT save', () => {
  const SAVE = `mutation($input: SaveViewInput!) { saveView(input: $input) { slug } }`;
  const input = (mode: 'LIVE' | 'SNAPSHOT', expansions: number) => ({
    name: 'v',
    positions: '{}',
    viewport: '{"zoom":1,"pan":{"x":0,"y":0}}',
    mode,
    state: encodeViewState({
      ...EMPTY_VIEW_STATE,
      seeds: ['Actor:country:a'],
      expansions: Array.from({ length: expansions }, (_, i) => ({
        id: `Actor:country:e${i}`,
        depth: 1,
      })),
    }),
  });

  it('charges one 500-node slice per neighbourhood the save reads, on top of its fields', () => {
    const live = measure(SAVE, { input: input('LIVE', 1) });
    expect(live.readCost).toBe(0);
    // The seeds and one expansion: two reads.
    const snapshot = measure(SAVE, { input: input('SNAPSHOT', 1) });
    expect(snapshot.readCost).toBe(2 * SNAPSHOT_READ_COST);
    expect(snapshot.cost).toBe(live.cost);
    const update = measure(
      `mutation($input: SaveViewInput!) { updateView(slug: "s", editToken: "t", input: $input) { slug } }`,
      { input: input('SNAPSHOT', 0) },
    );
    expect(update.readCost).toBe(SNAPSHOT_READ_COST);
  });

  it('prices a read as neighborhood(limit: 500) selecting what a snapshot stores', () => {
    const slice = measure(`{ neighborhood(ids: ["Actor:country:a"], limit: 500) {
      nodes { id kind label date subtype degree }
      edges { id type source target weight quote evidence { sentence start end extractor confidence articleId articleTitle } }
      truncated } }`);
    expect(SNAPSHOT_READ_COST).toBe(slice.cost);
  });

  it('charges a save at most the costliest allowed query, so any exploration can be saved', () => {
    expect(measure(SAVE, { input: input('SNAPSHOT', 30) }).readCost).toBe(LIMITS.maxCost);
  });

  it('charges nothing for a state that does not decode (the resolver refuses it)', () => {
    expect(measure(SAVE, { input: { ...input('SNAPSHOT', 1), state: '%%%' } }).readCost).toBe(0);
  });
});

describe('fragments spreading fragments', () => {
  /** Fragment i spreads fragment i + 1 twice: 2^levels copies of the last one's field. */
  const bomb = (levels: number) =>
    [
      '{ stats { ...F0 } }',
      ...Array.from(
        { length: levels },
        (_, i) => `fragment F${i} on Stats { ...F${i + 1} ...F${i + 1} }`,
      ),
      `fragment F${levels} on Stats { a: articles }`,
    ].join('\n');

  it('are measured as expanded, each fragment walked once', () => {
    // stats 1 + 2^20 × articles 1; one alias per copy.
    expect(measure(bomb(20))).toMatchObject({ depth: 2, cost: 1 + 2 ** 20, aliases: 2 ** 20 });
  });

  it('saturate instead of overflowing', () => {
    expect(measure(bomb(500)).cost).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('charge __typename, so no selection is free to repeat', () => {
    expect(measure('{ __typename stats { __typename } }').cost).toBe(3);
  });
});

describe('introspection', () => {
  it("has its own cost, within which GraphiQL's full introspection query fits", () => {
    const full = measure(
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
        oneOf: true,
      }),
    );
    expect(full).toMatchObject({ depth: 0, cost: 0, aliases: 0 });
    expect(full.introspectionCost).toBeGreaterThan(0);
    expect(full.introspectionCost).toBeLessThanOrEqual(LIMITS.maxIntrospectionCost);
  });

  it('charges nested introspection lists and counts their aliases', () => {
    const aliased = measure(
      `{ ${Array.from({ length: 150 }, (_, i) => `a${i}: __schema { types { fields { name } } }`).join(' ')} }`,
    );
    expect(aliased.aliases).toBe(150);
    const chain = measure(
      `{ __schema { types { fields { type { ofType { fields { type { ofType { fields { type { ofType { fields { name } } } } } } } } } } } } }`,
    );
    expect(chain.introspectionCost).toBeGreaterThan(LIMITS.maxIntrospectionCost);
  });
});

import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { measureOperation } from './complexity';
import { typeDefs } from './generated/type-defs';

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

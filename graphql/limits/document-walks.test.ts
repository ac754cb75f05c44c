import { buildSchema, Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { prng as random } from '@/bench/synthetic-graph';
import { accessError } from './access';
import { measureOperation } from './complexity';
import { typeDefs } from '../generated/type-defs';
import { LIMITS } from './limits';
import { isCacheableOperation } from '../execution/response-cache-plugin';
import { createApolloServer } from '../server';
import { ANONYMOUS_CALLER, codes, execute } from '../testing/execute';

/**
 * Every pass over a client's document must take time linear in its length, however its fragments
 * spread each other: a fragment spreading the next one twice, N deep, expands to 2^N selections.
 * Random documents of growing length (nested spreads, aliases, inline fragments) are timed
 * through each pass, and their growth compared with the growth of their length.
 */

const schema = buildSchema(typeDefs);

const STATS_FIELDS = ['articles', 'stubArticles', 'firstDate', 'lastDate', 'dataVersion'];

/**
 * Where the fragments apply: `stats` spreads them in a query's `stats` field (graph fields,
 * never run here); `query` and `mutation` spread them at the root, selecting `__typename`, which
 * no resolver and no database answers.
 */
type Shape = 'stats' | 'query' | 'mutation';
const SHAPES = {
  stats: { type: 'Stats', operation: '{ stats { ...F0 } }' },
  query: { type: 'Query', operation: 'query { ...F0 }' },
  mutation: { type: 'Mutation', operation: 'mutation { ...F0 }' },
} as const;

/**
 * A valid document of `levels` fragments, each spreading the next twice (directly or inside an
 * inline fragment, with or without a type condition) beside a field, aliased half the time.
 */
function nestedDocument(seed: number, levels: number, shape: Shape): string {
  const next = random(seed);
  const { type, operation } = SHAPES[shape];
  const leaf = () =>
    shape === 'stats'
      ? (STATS_FIELDS[Math.floor(next() * STATS_FIELDS.length)] ?? 'articles')
      : '__typename';
  const lines: string[] = [operation];
  for (let level = 0; level < levels; level += 1) {
    const parts: string[] = [];
    for (let s = 0; s < 2; s += 1) {
      const spread = `...F${level + 1}`;
      const wrap = next();
      parts.push(
        wrap < 0.2 ? `... on ${type} { ${spread} }` : wrap < 0.35 ? `... { ${spread} }` : spread,
      );
    }
    // Aliases are unique per fragment, so spreading it twice merges instead of conflicting.
    parts.push(next() < 0.5 ? `a${level}: ${leaf()}` : leaf());
    lines.push(`fragment F${level} on ${type} { ${parts.join(' ')} }`);
  }
  lines.push(`fragment F${levels} on ${type} { ${leaf()} }`);
  return lines.join('\n');
}

/** Seeds per length: the same documents for every pass. */
const SEEDS = [1, 2, 3];

/** Milliseconds of this process's CPU (not wall time: other processes share the machine). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * CPU milliseconds per call of `pass`: the least of five batches of at least 20 ms each, after a
 * call that warms it up. A call of over 200 ms is timed once (it is already far off).
 */
async function timePerCall(pass: () => unknown): Promise<number> {
  const started = cpuMs();
  await pass();
  const once = cpuMs() - started;
  if (once > 200) return once;
  let best = Infinity;
  for (let batch = 0; batch < 5; batch += 1) {
    let calls = 0;
    const batchStart = cpuMs();
    let elapsed = 0;
    while (elapsed < 20) {
      await pass();
      calls += 1;
      elapsed = cpuMs() - batchStart;
    }
    best = Math.min(best, elapsed / calls);
  }
  return best;
}

/**
 * Time growth over length growth from the shortest documents to the longest: about 1 for a linear
 * pass, the length ratio for a quadratic one. An exponential pass would not finish the longest,
 * so lengthening stops (and growth is Infinity) as soon as one step's time grows more than four
 * times its length.
 */
async function growth(
  levels: readonly number[],
  shape: Shape,
  pass: (document: string) => unknown,
): Promise<number> {
  const points: { length: number; ms: number }[] = [];
  for (const level of levels) {
    const documents = SEEDS.map((seed) => nestedDocument(seed, level, shape));
    const length = documents.reduce((sum, d) => sum + d.length, 0);
    const ms = await timePerCall(async () => {
      for (const document of documents) await pass(document);
    });
    const previous = points.at(-1);
    if (previous && ms / previous.ms > (4 * length) / previous.length) return Infinity;
    points.push({ length, ms });
  }
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return Infinity;
  return last.ms / first.ms / (last.length / first.length);
}

/** Levels, each step half as many again: small steps, so exponential code fails before it hangs. */
const LONG = [4, 6, 9, 13, 19, 28, 42, 63, 94, 141, 211, 316, 474];
/** Within LIMITS.maxTokens, for whole requests. */
const ADMISSIBLE = LONG.filter((levels) => levels <= 94);

// CPU time, not wall time, is budgeted: on a busy machine a run takes many times its CPU.
describe('passes over a document are linear in its length', { timeout: 60_000 }, () => {
  // graphql-js's own validation grows faster than linearly on documents far beyond the parser's
  // token bound (it compares fragments pairwise); within it, it is linear.
  it('validation, within the token bound', async () => {
    expect(await growth(ADMISSIBLE, 'stats', (d) => validate(schema, parse(d)))).toBeLessThan(3);
  });

  it('measuring (depth, aliases, cost)', async () => {
    expect(
      await growth(LONG, 'stats', (d) => measureOperation(schema, parse(d), null)),
    ).toBeLessThan(3);
  });

  it('access and the response cache test', async () => {
    const pass = (d: string) => {
      const document = parse(d);
      const fragments = new Map(
        document.definitions.flatMap((definition) =>
          definition.kind === Kind.FRAGMENT_DEFINITION
            ? [[definition.name.value, definition] as const]
            : [],
        ),
      );
      const operation = document.definitions[0] as OperationDefinitionNode;
      return [
        accessError(operation, fragments, ANONYMOUS_CALLER, false),
        isCacheableOperation(operation),
      ];
    };
    expect(await growth(LONG, 'mutation', pass)).toBeLessThan(3);
  });

  it('a whole request: answered within maxCost, refused as QUERY_TOO_COMPLEX with HTTP 400 beyond', async () => {
    const server = createApolloServer({ executor: 'graphql-js' });
    const answers = new Set<string>();
    const expected = new Set<string>();
    const pass = async (d: string) => {
      const result = await execute(server, d, {}, ANONYMOUS_CALLER);
      answers.add(`${d.length} ${result.http.status ?? 200} ${codes(result).join()}`);
      // Fragment i is spread 2^i times, selects one field (aliased or not) and spreads the next.
      const fragments = d.split('\n').slice(1);
      const cost = 2 ** fragments.length - 1;
      const aliases = fragments.reduce((sum, f, i) => sum + (f.includes(`a${i}:`) ? 2 ** i : 0), 0);
      const over = cost > LIMITS.maxCost || aliases > LIMITS.maxAliases;
      expected.add(`${d.length} ${over ? '400 QUERY_TOO_COMPLEX' : '200 '}`);
    };
    expect(await growth(ADMISSIBLE, 'query', pass)).toBeLessThan(3);
    expect([...answers].filter((a) => !expected.has(a))).toEqual([]);
  });
});

describe('the generated documents', () => {
  it('are valid and expand exponentially, the longest admissible one within the token bound', () => {
    const longest = nestedDocument(SEEDS[0] ?? 1, ADMISSIBLE.at(-1) ?? 0, 'query');
    expect(() => parse(longest, { maxTokens: LIMITS.maxTokens })).not.toThrow();
    expect(validate(schema, parse(longest))).toEqual([]);
    expect(
      measureOperation(schema, parse(nestedDocument(1, 20, 'query')), null).cost,
    ).toBeGreaterThan(2 ** 20);
  });
});

import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { decodeViewState } from '@/model/view-state';
import { typeDefs } from '@/graphql/generated/type-defs';
import { GRAPHIQL_EXAMPLES } from './graphiql-examples';

describe('GraphiQL examples', () => {
  const schema = buildSchema(typeDefs);
  for (const example of GRAPHIQL_EXAMPLES) {
    it(`${example.name} is valid against the schema`, () => {
      expect(validate(schema, parse(example.query)).map((e) => e.message)).toEqual([]);
    });
  }

  it('shows how to read a snapshot and fork a view', () => {
    const share = GRAPHIQL_EXAMPLES.find((e) => e.name === 'Share')?.query ?? '';
    expect(share).toMatch(/savedView\(slug: \$slug\) \{[^]*snapshot \{/);
    expect(share).toMatch(/forkView\(slug: \$slug/);
  });

  it('shares a state the view codec accepts', () => {
    const share = GRAPHIQL_EXAMPLES.find((e) => e.name === 'Share');
    const state = /state: "([^"]+)"/.exec(share?.query ?? '')?.[1] ?? '';
    expect(decodeViewState(state).seeds).toEqual(['Narrative:hacking-empire']);
  });
});

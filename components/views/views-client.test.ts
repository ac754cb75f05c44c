import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { createFetchGraph, GraphClientError } from '@/components/explorer/graph-client';
import { typeDefs } from '@/graphql/generated/type-defs';
import {
  createViewsClient,
  DELETE_VIEW_MUTATION,
  FORK_VIEW_MUTATION,
  UPDATE_VIEW_MUTATION,
} from './views-client';

function fakeFetch(body: unknown) {
  return vi.fn<typeof fetch>(() => Promise.resolve(new Response(JSON.stringify(body))));
}

describe('views-client', () => {
  it('has operations the schema accepts', () => {
    const schema = buildSchema(typeDefs);
    for (const q of [FORK_VIEW_MUTATION, UPDATE_VIEW_MUTATION, DELETE_VIEW_MUTATION]) {
      expect(validate(schema, parse(q)).map((e) => e.message)).toEqual([]);
    }
  });

  it('forks on the server by slug, sending only the new name', async () => {
    const f = fakeFetch({ data: { forkView: { slug: 'copy', editToken: 't' } } });
    const ref = await createViewsClient(createFetchGraph('/g', f)).fork('orig', 'Copy');
    expect(ref).toEqual({ slug: 'copy', editToken: 't' });
    const body = JSON.parse(f.mock.calls[0]?.[1]?.body as string) as { variables: unknown };
    expect(body.variables).toEqual({ slug: 'orig', input: { name: 'Copy' } });

    const empty = createViewsClient(
      createFetchGraph('/g', fakeFetch({ data: { forkView: null } })),
    );
    await expect(empty.fork('orig', 'Copy')).rejects.toBeInstanceOf(GraphClientError);
  });
});

import {
  Kind,
  parse,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { selects } from './explore-resolvers';

/** The resolve info of the operation's first root field, as far as `selects` reads it. */
function infoOf(source: string): GraphQLResolveInfo {
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const root = operation?.selectionSet.selections[0];
  return {
    fieldNodes: root?.kind === Kind.FIELD ? [root] : [],
    fragments,
  } as unknown as GraphQLResolveInfo;
}

describe('selects', () => {
  it('finds a nested field directly, through inline and named fragments, and not elsewhere', () => {
    const cases = [
      '{ neighborhood(ids: ["x"]) { edges { id evidence { sentence } } } }',
      '{ neighborhood(ids: ["x"]) { ... on GraphSlice { edges { evidence { sentence } } } } }',
      '{ neighborhood(ids: ["x"]) { ...S } } fragment S on GraphSlice { edges { ...E } } fragment E on SliceEdge { evidence { start } }',
      '{ neighborhood(ids: ["x"]) { edges { id evidenceCount } nodes { id } } }',
      '{ neighborhood(ids: ["x"]) { ...S ...S } } fragment S on GraphSlice { edges { id } }',
    ];
    expect(cases.map((source) => selects(infoOf(source), ['edges', 'evidence']))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

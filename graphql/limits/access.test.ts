import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { accessError, PUBLIC_MUTATIONS } from './access';
import type { Caller } from '../context';

const anonymous: Caller = { key: null, clientId: 'ip:1' };
const reader: Caller = { key: { id: 'r', name: 'r', scope: 'read' }, clientId: 'key:r' };
const writer: Caller = { key: { id: 'w', name: 'w', scope: 'write' }, clientId: 'key:w' };

function check(source: string, caller: Caller, requireReadKey = false) {
  const document = parse(source);
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) operation ??= definition;
  }
  if (!operation) throw new Error('no operation');
  const error = accessError(operation, fragments, caller, requireReadKey);
  return error ? { code: error.extensions.code, message: error.message } : undefined;
}

describe('accessError', () => {
  it('lets anyone read, save and fork views by default', () => {
    expect(check('{ stats { articles } }', anonymous)).toBeUndefined();
    expect(check('mutation { saveView(input: {}) { slug } }', anonymous)).toBeUndefined();
    expect(
      check('mutation { forkView(slug: "s", input: { name: "n" }) { slug } }', anonymous),
    ).toBeUndefined();
    expect(PUBLIC_MUTATIONS.has('ingestPage')).toBe(false);
  });

  it('needs a write key for every other mutation, also behind aliases and fragments', () => {
    expect(check('mutation { ingestPage(input: {}) { rejected } }', anonymous)?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      check(
        'mutation { v: saveView(input: {}) { slug } i: ingestArticles(articles: []) { rejected } }',
        anonymous,
      )?.message,
    ).toMatch(/ingestArticles/);
    expect(
      check(
        'mutation { ...M } fragment M on Mutation { ... on Mutation { ingestPage(input: {}) { rejected } } }',
        anonymous,
      )?.code,
    ).toBe('UNAUTHENTICATED');
    expect(check('mutation { ingestPage(input: {}) { rejected } }', reader)?.code).toBe(
      'FORBIDDEN',
    );
    expect(check('mutation { ingestPage(input: {}) { rejected } }', writer)).toBeUndefined();
    expect(check('mutation { __typename }', anonymous)).toBeUndefined();
  });

  it('needs a key of either scope for everything when reads need a key', () => {
    expect(check('{ stats { articles } }', anonymous, true)?.code).toBe('UNAUTHENTICATED');
    expect(check('mutation { saveView(input: {}) { slug } }', anonymous, true)?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(check('{ stats { articles } }', reader, true)).toBeUndefined();
  });
});

import {
  Kind,
  OperationTypeNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Caller } from '../context';
import { apiError, ERROR_CODES } from '../errors';

/**
 * Who may run what. Deny by default: every mutation needs a `write` key unless it is listed here.
 * Saved views are public on purpose — anyone may save one, or fork one whose link they have — and
 * change only with their edit token.
 */
export const PUBLIC_MUTATIONS: ReadonlySet<string> = new Set([
  'saveView',
  'forkView',
  'updateView',
  'deleteView',
  // Watches follow the same rule: public, changed only with their edit token.
  'createWatch',
  'updateWatch',
  'deleteWatch',
  'markWatchRead',
  'createWatchFeedToken',
  'revokeWatchFeedToken',
]);

/**
 * Top-level field names of an operation, through fragments, each fragment once: linear in the
 * document however its fragments spread each other.
 */
function rootFields(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  names: string[] = [],
  seen: Set<string> = new Set(),
): string[] {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) names.push(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      rootFields(selection.selectionSet, fragments, names, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) rootFields(fragment.selectionSet, fragments, names, seen);
    }
  }
  return names;
}

export function unauthenticated(message: string): GraphQLError {
  return apiError(ERROR_CODES.UNAUTHENTICATED, message, {
    http: { status: 401, headers: new Map([['www-authenticate', 'Bearer realm="narragraph"']]) },
  });
}

/**
 * The error that refuses this operation for this caller, or undefined when it may run.
 * Pure: operation, fragments, caller and the read-key setting in.
 */
export function accessError(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  caller: Caller,
  requireReadKey: boolean,
): GraphQLError | undefined {
  if (requireReadKey && caller.key === null) {
    return unauthenticated(
      'This server requires an API key for every request: send `Authorization: Bearer <key>`.',
    );
  }
  if (operation.operation !== OperationTypeNode.MUTATION) return undefined;
  const guarded = [
    ...new Set(
      rootFields(operation.selectionSet, fragments).filter(
        (name) => name !== '__typename' && !PUBLIC_MUTATIONS.has(name),
      ),
    ),
  ];
  if (guarded.length === 0) return undefined;
  if (caller.key === null) {
    return unauthenticated(
      `${guarded.join(', ')} needs an API key with write scope: send \`Authorization: Bearer <key>\` (create one with \`npm run keys -- create\`).`,
    );
  }
  if (caller.key.scope !== 'write') {
    return apiError(
      ERROR_CODES.FORBIDDEN,
      `${guarded.join(', ')} needs a key with write scope; key ${caller.key.id} is read-only.`,
      { http: { status: 403 } },
    );
  }
  return undefined;
}

import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  valueFromAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  OperationTypeNode,
} from 'graphql';
import { decodeViewState, fetchPlan } from '@/graph-db/model/view-state';
import { MAX_PASSAGES } from '@/ingest/reuse/align';
import { LIMITS } from './limits';

/**
 * Static analysis of one operation before it runs: nesting depth, alias count and estimated cost
 * (see limits.ts for the cost model). Pure: schema, document and variables in, numbers out.
 */

export interface OperationMeasures {
  readonly depth: number;
  readonly aliases: number;
  readonly cost: number;
  /**
   * Cost of what the server reads beyond the selection: a SNAPSHOT save reads every
   * neighbourhood of its exploration state, each charged as a 500-node slice, at most `maxCost`
   * per save. Charged to the caller's budget, not held against `maxCost`: an exploration of a
   * few expansions is worth saving.
   */
  readonly readCost: number;
}

/**
 * One server-side neighbourhood read of a snapshot save, charged as a 500-node slice with the
 * fields the snapshot stores (`nodes { id kind label date subtype degree }`, `edges { id type
 * source target weight quote evidence { … 7 } }`): what `neighborhood(limit: 500)` selecting the
 * same would cost.
 */
export const SNAPSHOT_READ_COST = 1 + LIMITS.maxNeighborhoodLimit * 23;

/** Mutations whose `input` may be a SNAPSHOT save. */
const SAVING_FIELDS: ReadonlySet<string> = new Set(['saveView', 'updateView']);

/** Neighbourhood reads a SNAPSHOT save of this `input` makes; 0 for live saves and bad input. */
function snapshotReads(input: unknown): number {
  if (typeof input !== 'object' || input === null) return 0;
  const { mode, state } = input as { mode?: unknown; state?: unknown };
  if (mode !== 'SNAPSHOT' || typeof state !== 'string') return 0;
  try {
    return fetchPlan(decodeViewState(state)).length;
  } catch {
    // An undecodable state is the resolver's BAD_USER_INPUT; it reads nothing.
    return 0;
  }
}

/** Arguments whose value sizes a list field. */
const SIZE_ARGUMENTS = ['first', 'limit'] as const;

/**
 * Fields that return a slice with no size argument, and the size they are charged as. A snapshot
 * view's stored elements are bounded by bytes (1 MB), not by a `limit`: they cost what the
 * largest neighbourhood costs, so `savedViews(first: 100) { … snapshot { … } }` is refused like
 * 100 neighbourhoods would be.
 */
export const FIXED_SIZES: ReadonlyMap<string, number> = new Map([
  ['SavedView.snapshot', LIMITS.maxNeighborhoodLimit],
  // A text reuse edge keeps at most this many passages.
  ['TextReuseEdge.passages', MAX_PASSAGES],
]);

function sizeOf(
  parent: GraphQLCompositeType | undefined,
  field: GraphQLField<unknown, unknown> | undefined,
  node: { arguments?: readonly { name: { value: string }; value: ValueNode }[] },
  variables: Readonly<Record<string, unknown>>,
): number {
  if (!field) return 1;
  const fixed = parent ? FIXED_SIZES.get(`${parent.name}.${field.name}`) : undefined;
  if (fixed !== undefined) return fixed;
  for (const name of SIZE_ARGUMENTS) {
    const definition = field.args.find((arg) => arg.name === name);
    if (!definition) continue;
    const given = node.arguments?.find((arg) => arg.name.value === name);
    const value = given ? valueFromAST(given.value, definition.type, variables) : undefined;
    const size = typeof value === 'number' ? value : definition.defaultValue;
    // Out-of-range sizes are the resolver's BAD_USER_INPUT, not a cost error: cap them here.
    const cap = name === 'limit' ? LIMITS.maxNeighborhoodLimit : LIMITS.maxPageSize;
    return typeof size === 'number' && size > 0 ? Math.min(size, cap) : 1;
  }
  return 1;
}

function fieldOf(
  parent: GraphQLCompositeType | undefined,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (parent && (isObjectType(parent) || isInterfaceType(parent))) return parent.getFields()[name];
  return undefined;
}

/** Measures the operation `operationName` (or the only one) of `document`. */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>> = {},
): OperationMeasures {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
    if (
      definition.kind === Kind.OPERATION_DEFINITION &&
      (operationName ? definition.name?.value === operationName : operation === undefined)
    ) {
      operation = definition;
    }
  }
  if (!operation) return { depth: 0, aliases: 0, cost: 0, readCost: 0 };
  const root =
    operation.operation === OperationTypeNode.MUTATION
      ? schema.getMutationType()
      : operation.operation === OperationTypeNode.SUBSCRIPTION
        ? schema.getSubscriptionType()
        : schema.getQueryType();

  let aliases = 0;
  let readCost = 0;
  // Returns [depth, cost] of a selection set; `seen` breaks fragment cycles (validation rejects
  // them anyway, but this runs on whatever it is given).
  const walk = (
    set: SelectionSetNode,
    parent: GraphQLCompositeType | undefined,
    seen: ReadonlySet<string>,
  ): [number, number] => {
    let depth = 0;
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        // Introspection is governed by the GRAPHQL_INTROSPECTION switch, not by these bounds.
        if (name.startsWith('__')) continue;
        if (selection.alias) aliases += 1;
        const field = fieldOf(parent, name);
        if (field && parent === root && SAVING_FIELDS.has(name)) {
          const definition = field.args.find((arg) => arg.name === 'input');
          const given = selection.arguments?.find((arg) => arg.name.value === 'input');
          const input =
            definition && given ? valueFromAST(given.value, definition.type, variables) : undefined;
          // At most the costliest allowed query: the estimate assumes full 500-node reads, and
          // an uncapped one could exceed a whole budget and make a save impossible.
          readCost += Math.min(snapshotReads(input) * SNAPSHOT_READ_COST, LIMITS.maxCost);
        }
        let childDepth = 0;
        let childCost = 0;
        if (selection.selectionSet) {
          const named = field ? getNamedType(field.type) : undefined;
          [childDepth, childCost] = walk(
            selection.selectionSet,
            named && isCompositeType(named) ? named : undefined,
            seen,
          );
        }
        depth = Math.max(depth, 1 + childDepth);
        cost += 1 + sizeOf(parent, field, selection, variables) * childCost;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        const [d, c] = walk(
          selection.selectionSet,
          condition && isCompositeType(condition) ? condition : parent,
          seen,
        );
        depth = Math.max(depth, d);
        cost += c;
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seen.has(name)) continue;
        const condition = schema.getType(fragment.typeCondition.name.value);
        const [d, c] = walk(
          fragment.selectionSet,
          condition && isCompositeType(condition) ? condition : parent,
          new Set([...seen, name]),
        );
        depth = Math.max(depth, d);
        cost += c;
      }
    }
    return [depth, cost];
  };
  const [depth, cost] = walk(operation.selectionSet, root ?? undefined, new Set());
  return { depth, aliases, cost, readCost };
}

import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isEnumType,
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
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
} from 'graphql';
import { decodeViewState, fetchPlan } from '@/model/view-state';
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
  /** Estimated size of what `__schema` and `__type` selections answer (LIMITS.maxIntrospectionCost). */
  readonly introspectionCost: number;
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

/** A number that stays finite however many times it is multiplied or added to. */
const SATURATED = Number.MAX_SAFE_INTEGER;
const bounded = (value: number): number => Math.min(value, SATURATED);

/**
 * Sizes of the introspection lists, the longest of each in this schema: a `types { fields { … } }`
 * is charged like a page of that many entries.
 */
const introspectionSizeCache = new WeakMap<GraphQLSchema, ReadonlyMap<string, number>>();
function introspectionSizes(schema: GraphQLSchema): ReadonlyMap<string, number> {
  const cached = introspectionSizeCache.get(schema);
  if (cached) return cached;
  const types = Object.values(schema.getTypeMap());
  const longest = (lengths: readonly number[]) => Math.max(1, ...lengths);
  const fields = types.flatMap((type) =>
    isObjectType(type) || isInterfaceType(type) ? Object.values(type.getFields()) : [],
  );
  const fieldsPerType = types.map((type) =>
    'getFields' in type ? Object.keys(type.getFields()).length : 0,
  );
  const sizes = new Map<string, number>([
    ['__Schema.types', types.length],
    ['__Schema.directives', schema.getDirectives().length],
    ['__Type.fields', longest(fieldsPerType)],
    ['__Type.inputFields', longest(fieldsPerType)],
    ['__Type.enumValues', longest(types.map((t) => (isEnumType(t) ? t.getValues().length : 0)))],
    [
      '__Type.interfaces',
      longest(
        types.map((t) => (isObjectType(t) || isInterfaceType(t) ? t.getInterfaces().length : 0)),
      ),
    ],
    [
      '__Type.possibleTypes',
      longest(types.map((t) => (isAbstractType(t) ? schema.getPossibleTypes(t).length : 0))),
    ],
    ['__Field.args', longest(fields.map((f) => f.args.length))],
    ['__Directive.args', longest(schema.getDirectives().map((d) => d.args.length))],
  ]);
  introspectionSizeCache.set(schema, sizes);
  return sizes;
}

/** What a selection set adds up to; every part adds through fragment spreads. */
interface Measure {
  depth: number;
  cost: number;
  introspectionCost: number;
  aliases: number;
  readCost: number;
}

const ZERO: Measure = { depth: 0, cost: 0, introspectionCost: 0, aliases: 0, readCost: 0 };

/**
 * Measures the operation `operationName` (or the only one) of `document`, in time linear in the
 * document's size: a fragment is measured once per parent type and its measures reused at every
 * spread, so a fragment spreading another twice, nested N deep, costs N walks, not 2^N. Its
 * numbers are those of the fully expanded operation (saturating at 2^53), which is what the
 * limits hold against.
 */
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
  if (!operation) return { depth: 0, aliases: 0, cost: 0, readCost: 0, introspectionCost: 0 };
  const root =
    operation.operation === OperationTypeNode.MUTATION
      ? schema.getMutationType()
      : operation.operation === OperationTypeNode.SUBSCRIPTION
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  const sizes = introspectionSizes(schema);

  // Per fragment and parent type; `undefined` while being measured, which breaks cycles
  // (validation rejects them anyway, but this runs on whatever it is given).
  const measured = new Map<string, Measure | undefined>();

  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType | undefined): Measure => {
    const total: Measure = { ...ZERO };
    const add = (part: Measure, inIntrospection: boolean) => {
      if (!inIntrospection) total.depth = Math.max(total.depth, part.depth);
      total.cost = bounded(total.cost + (inIntrospection ? 0 : part.cost));
      total.introspectionCost = bounded(
        total.introspectionCost + part.introspectionCost + (inIntrospection ? part.cost : 0),
      );
      total.aliases = bounded(total.aliases + part.aliases);
      total.readCost = bounded(total.readCost + part.readCost);
    };
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const alias = selection.alias ? 1 : 0;
        // `__typename` is charged (so no selection is free to repeat) but adds no depth.
        if (name === TypeNameMetaFieldDef.name) {
          add({ ...ZERO, cost: 1, aliases: alias }, false);
          continue;
        }
        const field =
          parent === root && name === SchemaMetaFieldDef.name
            ? SchemaMetaFieldDef
            : parent === root && name === TypeMetaFieldDef.name
              ? TypeMetaFieldDef
              : fieldOf(parent, name);
        // `__schema` and `__type` answer from the schema, not the graph: their own budget and no
        // depth (GraphiQL's introspection query nests deeper than any graph query may).
        const introspection = field === SchemaMetaFieldDef || field === TypeMetaFieldDef;
        let readCost = 0;
        if (field && parent === root && SAVING_FIELDS.has(name)) {
          const definition = field.args.find((arg) => arg.name === 'input');
          const given = selection.arguments?.find((arg) => arg.name.value === 'input');
          const input =
            definition && given ? valueFromAST(given.value, definition.type, variables) : undefined;
          // At most the costliest allowed query: the estimate assumes full 500-node reads, and
          // an uncapped one could exceed a whole budget and make a save impossible.
          readCost = Math.min(snapshotReads(input) * SNAPSHOT_READ_COST, LIMITS.maxCost);
        }
        let child = ZERO;
        if (selection.selectionSet) {
          const named = field ? getNamedType(field.type) : undefined;
          child = walk(selection.selectionSet, named && isCompositeType(named) ? named : undefined);
        }
        const size =
          (parent && field ? sizes.get(`${parent.name}.${field.name}`) : undefined) ??
          sizeOf(parent, field, selection, variables);
        add(
          {
            depth: 1 + child.depth,
            cost: bounded(1 + size * child.cost),
            introspectionCost: bounded(size * child.introspectionCost),
            aliases: bounded(alias + child.aliases),
            readCost: bounded(readCost + child.readCost),
          },
          introspection,
        );
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        add(
          walk(
            selection.selectionSet,
            condition && isCompositeType(condition) ? condition : parent,
          ),
          false,
        );
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment) continue;
        const condition = schema.getType(fragment.typeCondition.name.value);
        const type = condition && isCompositeType(condition) ? condition : parent;
        const key = `${name}\u0000${type?.name ?? ''}`;
        if (measured.has(key)) {
          add(measured.get(key) ?? ZERO, false);
          continue;
        }
        measured.set(key, undefined);
        const part = walk(fragment.selectionSet, type);
        measured.set(key, part);
        add(part, false);
      }
    }
    return total;
  };
  const { depth, cost, aliases, readCost, introspectionCost } = walk(
    operation.selectionSet,
    root ?? undefined,
  );
  return { depth, aliases, cost, readCost, introspectionCost };
}

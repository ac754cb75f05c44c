/**
 * The `citationNetwork` scenario, built from the running server's schema: the field arrives from
 * another branch, so its arguments and result are read by introspection rather than assumed. The
 * operations select every scalar of the result and of its object fields one level down, and vary
 * the optional arguments the bench knows how to fill (`from`/`to` month windows, `ids` of actors,
 * `sources`). API only: there is no repository call to compare with until the bench names one.
 */
import type { BenchOperation, Vocabulary } from './operation-mix';
import { stableKey } from '@/graph-db/read-cache';

interface TypeRef {
  readonly kind: string;
  readonly name: string | null;
  readonly ofType: TypeRef | null;
}

interface FieldInfo {
  readonly name: string;
  readonly args: readonly { readonly name: string; readonly type: TypeRef }[];
  readonly type: TypeRef;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';

async function introspect<T>(port: number, query: string): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${port}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: T };
  if (!body.data) throw new Error(`introspection failed: ${JSON.stringify(body).slice(0, 200)}`);
  return body.data;
}

function named(type: TypeRef): TypeRef {
  return type.ofType ? named(type.ofType) : type;
}

async function fieldsOf(port: number, typeName: string): Promise<FieldInfo[]> {
  const data = await introspect<{ __type: { fields: FieldInfo[] | null } | null }>(
    port,
    `{ __type(name: ${JSON.stringify(typeName)}) { fields { name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} } } } }`,
  );
  return data.__type?.fields ?? [];
}

/** Scalars of `typeName`, and of its object fields one level down. */
async function selection(port: number, typeName: string, depth: number): Promise<string> {
  const parts: string[] = [];
  for (const field of await fieldsOf(port, typeName)) {
    if (field.args.some((arg) => arg.type.kind === 'NON_NULL')) continue;
    const inner = named(field.type);
    if (inner.kind === 'SCALAR' || inner.kind === 'ENUM') parts.push(field.name);
    else if (depth > 0 && inner.kind === 'OBJECT' && inner.name !== null) {
      const sub = await selection(port, inner.name, depth - 1);
      if (sub !== '') parts.push(`${field.name} { ${sub} }`);
    }
  }
  return parts.join(' ');
}

const GRAPHQL_TYPE_OF = (type: TypeRef): string =>
  type.kind === 'NON_NULL'
    ? `${GRAPHQL_TYPE_OF(type.ofType as TypeRef)}!`
    : type.kind === 'LIST'
      ? `[${GRAPHQL_TYPE_OF(type.ofType as TypeRef)}]`
      : (type.name ?? 'String');

/** Month windows `[from, to]` over the graph's years, shortest and most recent first. */
function windows(years: readonly [number, number]): [string, string][] {
  const [first, last] = years;
  const out: [string, string][] = [];
  for (let length = 1; length <= 12; length += 1) {
    for (let year = last; year >= first; year -= 1) {
      for (let month = 12; month >= 1; month -= 1) {
        const end = new Date(Date.UTC(year, month - 1 + length, 0)).toISOString().slice(0, 10);
        out.push([`${year}-${String(month).padStart(2, '0')}-01`, end]);
      }
    }
  }
  return out;
}

/**
 * Distinct `citationNetwork` operations (at most `size`), or undefined when the schema has no
 * such field or it needs an argument the bench cannot fill.
 */
export async function citationNetworkPool(
  port: number,
  vocabulary: Vocabulary,
  size: number,
): Promise<BenchOperation[] | undefined> {
  const field = (await fieldsOf(port, 'Query')).find((f) => f.name === 'citationNetwork');
  if (!field) return undefined;
  const known = new Set(['from', 'to', 'ids', 'sources']);
  if (field.args.some((arg) => arg.type.kind === 'NON_NULL' && !known.has(arg.name)))
    return undefined;
  const args = new Map(field.args.filter((arg) => known.has(arg.name)).map((a) => [a.name, a]));
  const inner = named(field.type);
  const selected =
    inner.kind === 'OBJECT' && inner.name !== null ? await selection(port, inner.name, 1) : '';
  const declared = [...args.values()].map((a) => `$${a.name}: ${GRAPHQL_TYPE_OF(a.type)}`);
  const passed = [...args.keys()].map((name) => `${name}: $${name}`);
  const query = `query BenchCitationNetwork${declared.length > 0 ? `(${declared.join(', ')})` : ''} {
  citationNetwork${passed.length > 0 ? `(${passed.join(', ')})` : ''}${selected === '' ? '' : ` { ${selected} }`}
}`;
  const variants: Record<string, unknown>[] = [];
  const spans = args.has('from') && args.has('to') ? windows(vocabulary.years) : [undefined];
  const focus: (Record<string, unknown> | undefined)[] = [undefined];
  if (args.has('ids')) focus.push(...vocabulary.actors.map((id) => ({ ids: [id] })));
  if (args.has('sources'))
    focus.push(...vocabulary.sources.map((key) => ({ sources: [`Source:${key}`] })));
  for (const span of spans) {
    for (const extra of focus) {
      if (variants.length >= size) break;
      variants.push({ ...(span ? { from: span[0], to: span[1] } : {}), ...extra });
    }
  }
  return variants.map((variables) => ({
    scenario: 'citationNetwork',
    key: `citationNetwork\u0000${stableKey(variables)}`,
    query,
    variables,
  }));
}

import { rm } from 'node:fs/promises';
import {
  buildSchema,
  getNamedType,
  isInputObjectType,
  isObjectType,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTransaction, runAutoCommit } from '@/graph-db/driver';
import { RELATION_TYPES } from '@/model/graph-model';
import { EMPTY_VIEW_STATE, encodeViewState, tryDecodeViewState } from '@/model/view-state';
import { toPlain } from '@/graph-db/neo4j-values';
import { closeDriver, connectTestDatabase, resetDatabase } from '@/graph-db/testing/test-database';
import { collapseWhitespace, joinParagraphs, splitLines } from '@/ingest/sources/article-result';
import { stripEndMarks } from '@/ingest/sources/json-corpus';
import { safeHttpUrl } from '@/ingest/sources/safe-url';
import type { Caller } from '../context';
import { typeDefs } from '../generated/type-defs';
import { encodeCursor } from '../execution/pagination';
import { readRateLimitSettings } from '@/config/server';
import { CostRateLimiter } from './rate-limit';
import { createApolloServer } from '../server';
import {
  ANONYMOUS_CALLER,
  codes,
  execute,
  WRITE_CALLER,
  type TestResult,
} from '../testing/execute';
import { FIXTURE_ARTICLES, ingestFixtures } from '../testing/fixtures';

/**
 * Cypher (and Lucene) injection through every string argument of the API. Each argument of the
 * schema that takes a String or an ID has a row in ARGUMENTS (the test fails when one has none);
 * every payload goes through it, and then:
 * - no INTERNAL_SERVER_ERROR: an answer, BAD_USER_INPUT or NOT_FOUND (FORBIDDEN for edit tokens);
 * - the database is unchanged (every node's labels and properties, every relationship) except the
 *   write the operation is for, and holds no label or relationship type the model does not know;
 * - a stored string (view fields, ingested titles, texts, source names, URLs) reads back through
 *   the API exactly as sent, or as the one documented normalization of its field says.
 * Each row also has a control value that must succeed, so a broken row cannot pass by erroring.
 */

connectTestDatabase();
/** Folders may be added through the API only below this (it need not exist to be added). */
const FOLDER_ROOT = '/tmp/narragraph-injection-folders';
process.env.NARRAGRAPH_COLLECT_FOLDER_ROOT = FOLDER_ROOT;
// The limiter is not what is tested: thousands of calls in a row must not be throttled.
const server = createApolloServer({
  limiter: new CostRateLimiter({ ...readRateLimitSettings({}), enabled: false }),
});

// --- Payloads ---------------------------------------------------------------------------------

/** Huge: far beyond every documented limit. */
const HUGE = "x' }) CREATE (:Pwned) // ".repeat(4_000);
/** Long, but within the larger text limits (view description, viewport). */
const LONG = '"}) MATCH (n) DETACH DELETE n // '.repeat(45);

const PAYLOADS: readonly string[] = [
  // Classic Cypher: break out of a string, a map or a pattern, then write.
  "' OR 1=1 //",
  "' OR '1'='1",
  '" OR ""="',
  '"}) MATCH (n) DETACH DELETE n //',
  "'}) MATCH (n) DETACH DELETE n //",
  "x' }) CREATE (:Pwned) //",
  'x" }) CREATE (:Pwned {by: "key"}) //',
  "x'}) WITH 1 AS x CREATE (:Pwned) RETURN 1 AS node, 1 AS score //",
  "x') RETURN 1 UNION MATCH (n) SET n:Pwned RETURN 1 //",
  '`Article`) DETACH DELETE n //',
  'Article`) DETACH DELETE n WITH 1 AS x MATCH (m:`',
  '`Pwned`',
  'Actor|Pwned',
  'MENTIONS|PWNED]-() DETACH DELETE n //',
  // Parameters and escapes that a string-built query would interpret.
  '$param',
  '$keys',
  '{key: $key}',
  '\\u0027 OR 1=1 //',
  "\\' OR 1=1 //",
  '\\" OR 1=1 //',
  '‘ OR ‘1’=‘1’ //',
  '“}) MATCH (n) DETACH DELETE n //”',
  'ʼ OR 1=1 // ＇ ＂',
  // Comments and procedures.
  '/* */ MATCH (n) DETACH DELETE n /* */',
  '*/ MATCH (n) DETACH DELETE n /*',
  '// comment',
  'CALL dbms.killQueries([])',
  "CALL dbms.security.createUser('pwned', 'pwned', false)",
  'CALL db.clearQueryCaches()',
  "CALL apoc.cypher.runWrite('CREATE (:Pwned)', {})",
  'RETURN apoc.version() AS v; CREATE (:Pwned)',
  'LOAD CSV FROM "file:///etc/passwd" AS l CREATE (:Pwned)',
  // Lucene syntax for the full-text search.
  '*',
  '?',
  '~',
  'empire~',
  'hacking~0.5',
  'AND OR NOT',
  'NOT *',
  'title:empire',
  '*:*',
  'text:/.*/',
  '"unbalanced',
  '(unbalanced',
  '[1 TO',
  '{a TO z}',
  'empire^100',
  '\\',
  'empire\\',
  '&& || !',
  '+- -+',
  '/regex.*/',
  'hacking AND (empire',
  // Odd characters.
  'null\u0000byte',
  '\u0000',
  'emoji 🇰🇵💣🔥 👩‍💻',
  'rtl \u202e\u200fetatS\u202c mixed עברית عربى',
  '\u200b\u200d\ufeff',
  'line\nbreak\r\ncr\rend',
  'tab\there',
  'lone \ud83d surrogate',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  'Article:x',
  ':',
  '%27%20OR%201%3D1',
  LONG,
  HUGE,
];

// --- The schema's string arguments --------------------------------------------------------------

type StringType = 'String' | 'ID';

/** `Type.field(argument[.inputField])` of every argument taking a String or an ID, with its type. */
function stringArguments(): Map<string, StringType> {
  const schema = buildSchema(typeDefs);
  const found = new Map<string, StringType>();
  const visit = (path: string, type: GraphQLInputType, seen: ReadonlySet<string>): void => {
    const named = getNamedType(type);
    if (named.name === 'String' || named.name === 'ID') {
      found.set(`${path})`, named.name);
    } else if (isInputObjectType(named) && !seen.has(named.name)) {
      for (const field of Object.values(named.getFields())) {
        visit(`${path}.${field.name}`, field.type, new Set([...seen, named.name]));
      }
    }
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      for (const arg of field.args)
        visit(`${type.name}.${field.name}(${arg.name}`, arg.type, new Set());
    }
  }
  return found;
}

// --- The table ----------------------------------------------------------------------------------

/** One value to send, and what the API must read back when it stores it. */
interface Sent {
  readonly value: string;
  /** The stored form: the value, or its field's documented normalization. */
  readonly want?: string;
  /** True when the value is within every documented limit, so storing it must succeed. */
  readonly mustStore?: boolean;
}

/** Ids of the fixture graph, and the saved view that update rows change. */
interface Fixture {
  readonly article: string;
  readonly source: string;
  readonly actor: string;
  readonly event: string;
  readonly narrative: string;
  readonly view: { readonly slug: string; readonly token: string };
  readonly watch: { readonly id: string; readonly token: string };
  readonly feed: string;
}

type Effect = 'none' | 'views' | 'ingest' | 'watches' | 'feeds';

interface Control {
  readonly value: string;
  readonly vars: Record<string, string>;
}

interface Row {
  /** The schema argument this row feeds (a key of stringArguments()). */
  readonly arg: string;
  /**
   * The root selection, sending the value as `$v` (the argument's type) and a fresh unique
   * `$n: String!` when it uses one, with `$record` (a JSON record) and `$html` (an HTML page)
   * titled `$n`; `$article`, `$source`, `$actor`, `$event`, `$narrative` (ID!), `$slug` and
   * `$token` (String!) are the fixture's.
   */
  readonly op: string;
  /** A value that must succeed without errors (with variables of its own, when it needs them). */
  readonly control: string | ((f: Fixture) => string | Promise<Control>);
  /** The values sent for one payload (default: the payload as it is). */
  readonly send?: (payload: string, n: string) => Sent[];
  /** Reads back what was stored from the mutation's answer; compared with `Sent.want`. */
  readonly readBack?: (data: Record<string, unknown>, f: Fixture) => Promise<string | null>;
  /** What the operation may write. */
  readonly effect?: Effect;
  /** Error codes accepted besides BAD_USER_INPUT and NOT_FOUND. */
  readonly allow?: readonly string[];
  /** Caller (default: anonymous; ingest needs a write key). */
  readonly caller?: Caller;
}

const BODY = 'Pyongyang, May 5 (KCNA) -- The agency published a short notice.';

/** Ids: the payload as it is, and as the key of a well-formed global id so it reaches Cypher. */
const asId =
  (...kinds: readonly string[]) =>
  (payload: string): Sent[] => [
    { value: payload },
    ...kinds.map((k) => ({ value: `${k}:${payload}` })),
  ];

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** Reads one field of an ingested article back through the API. */
function articleField(field: 'title' | 'text' | 'url' | 'language' | 'date' | 'source') {
  return async (data: Record<string, unknown>): Promise<string | null> => {
    const result = Object.values(data)[0] as { articles: { id: string }[] } | undefined;
    const id = result?.articles[0]?.id;
    if (id === undefined) return null;
    const read = await execute<{
      node: Record<string, unknown> & { source: { name: string } | null };
    }>(
      server,
      `query($id: ID!) { node(id: $id) { ... on Article { title text url language date source { name } } } }`,
      { id },
      ANONYMOUS_CALLER,
    );
    expect(read.errors).toBeUndefined();
    const value = field === 'source' ? read.data?.node.source?.name : read.data?.node[field];
    return typeof value === 'string' ? value : null;
  };
}

/** The slug of the view a save or a fork created, if it did. */
const createdView = (data: Record<string, unknown>): string | undefined =>
  ((data.saveView ?? data.forkView) as { slug?: string } | undefined)?.slug;

/** Reads one field of a saved view back through the API (the one created, or the fixture's). */
function viewField(field: string) {
  return async (data: Record<string, unknown>, f: Fixture): Promise<string | null> => {
    const saved = createdView(data) ?? f.view.slug;
    const read = await execute<{ savedView: Record<string, unknown> | null }>(
      server,
      `query($slug: String!) { savedView(slug: $slug) { ${field} } }`,
      { slug: saved },
      ANONYMOUS_CALLER,
    );
    expect(read.errors).toBeUndefined();
    const value = read.data?.savedView?.[field];
    return typeof value === 'string' ? value : null;
  };
}

/** The documented normalization of an ingested body: lines trimmed and collapsed, blank-line separated. */
const storedText = (text: string): string => joinParagraphs(splitLines(stripEndMarks(text)));

const VIEW_DEFAULTS = {
  name: '"Ordinary view"',
  description: '"about nothing"',
  state: '"eyJ2IjoxfQ"',
  positions: '"{}"',
  viewport: '"{\\"zoom\\":1,\\"pan\\":{\\"x\\":0,\\"y\\":0}}"',
  mode: 'LIVE',
};
/** A SaveViewInput literal with one field taken from `$v`. */
function viewInput(field: keyof typeof VIEW_DEFAULTS | 'dataVersion'): string {
  const fields: Record<string, string> = { ...VIEW_DEFAULTS, [field]: '$v' };
  return `{ ${Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ')} }`;
}

/** How each view field is stored, and its limit. */
const VIEW_FIELDS = {
  name: (p: string): Sent[] => [
    { value: p, want: p.trim(), mustStore: p.trim() !== '' && p.trim().length <= 200 },
  ],
  description: (p: string): Sent[] => [
    { value: p, want: p.trim(), mustStore: p.trim().length <= 2_000 },
  ],
  // A raw payload is no explorer state (refused); inside one, as its search query, it is stored.
  state: (p: string): Sent[] => {
    const state = encodeViewState({ ...EMPTY_VIEW_STATE, query: p });
    const storable = tryDecodeViewState(state).ok && bytes(state) <= 20 * 1024;
    return [{ value: p }, { value: state, want: state, mustStore: storable }];
  },
  positions: (p: string): Sent[] => {
    const json = JSON.stringify({ [p]: { x: 1, y: 2 } });
    return [{ value: p }, { value: json, want: json, mustStore: bytes(json) <= 64 * 1024 }];
  },
  viewport: (p: string): Sent[] => {
    const json = JSON.stringify({ zoom: 1, pan: { x: 0, y: 0 }, note: p });
    return [{ value: p }, { value: json, want: json, mustStore: bytes(json) <= 2 * 1024 }];
  },
  dataVersion: (p: string): Sent[] => [{ value: p, want: p, mustStore: p.length <= 200 }],
} as const;

const VIEW_CONTROLS: Record<keyof typeof VIEW_FIELDS, string> = {
  name: 'Control view',
  description: 'A control description',
  state: 'eyJ2IjoxfQ',
  positions: '{"Actor:country:china":{"x":1,"y":2}}',
  viewport: '{"zoom":2,"pan":{"x":1,"y":1}}',
  dataVersion: '3.10.2024-01-01T00:00:00Z',
};

function viewRows(mutation: 'saveView' | 'updateView'): Row[] {
  return (Object.keys(VIEW_FIELDS) as (keyof typeof VIEW_FIELDS)[]).map((field) => ({
    arg: `Mutation.${mutation}(input.${field})`,
    op:
      mutation === 'saveView'
        ? `saveView(input: ${viewInput(field)}) { slug editToken }`
        : `updateView(slug: $slug, editToken: $token, input: ${viewInput(field)}) { slug }`,
    control: VIEW_CONTROLS[field],
    send: VIEW_FIELDS[field],
    readBack: viewField(field),
    effect: 'views',
  }));
}

/** A page in the KCNA Watch text layout with the given title line. */
const watchPage = (title: string, n: string): string =>
  [
    `KCNA Inj ${n}`,
    title,
    `Date: 02/02/2022 | Source: Inj ${n} | Read original version at source`,
    `${BODY} ${n}`,
  ].join('\n\n');

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const htmlPage = (title: string, n: string): string =>
  `<html lang="en"><body><h1>${escapeHtml(title)}</h1><article><p>${BODY} ${n}</p></article></body></html>`;

/** A title as stored: whitespace collapsed (nothing to compare when nothing is left). */
const storedTitle = (title: string): Sent => {
  const want = collapseWhitespace(title);
  return want === '' ? { value: title } : { value: title, want, mustStore: title.length <= 5_000 };
};

/** A URL argument: the payload itself, and the payload as the path of an http URL. */
const urlValues = (p: string, n: string): Sent[] =>
  [p, `https://example.org/inj/${n}/${p}`].map((value) => {
    const safe = safeHttpUrl(value.trim());
    return { value, ...(safe === undefined ? {} : { want: safe, mustStore: true }) };
  });

/**
 * A source name: the payload as it is, and made unique (names with the same slug are one source,
 * the first name kept, so only a unique one can read back as sent).
 */
const sourceNames = (p: string, n: string): Sent[] => [
  { value: p },
  { value: `${p} ${n}`, want: collapseWhitespace(`${p} ${n}`), mustStore: p.length <= 5_000 },
];

/** A title the KCNA Watch layout keeps as one title line (no line break, not page chrome). */
const plainTitleLine = (title: string): boolean => !/[\r\n]|^\s*(KCNA|Date:|More )/.test(title);

const INGEST = (article: string) =>
  `ingestArticles(articles: [${article}]) { articles { id } rejected { index reason } }`;
const PAGE = (input: string) =>
  `ingestPage(input: ${input}) { articles { id } rejected { index reason } }`;

/** The node types whose `after` argument pages a list, and a node of each. */
const NESTED_LISTS: readonly [string, string, readonly string[]][] = [
  [
    'Article',
    '$article',
    ['mentions', 'quotes', 'citedEvents', 'narratives', 'related', 'reuses', 'reusedBy'],
  ],
  ['Source', '$source', ['articles', 'topActors']],
  ['Actor', '$actor', ['mentionedIn', 'quotedIn', 'coMentions']],
  ['Event', '$event', ['involves', 'citedBy']],
  ['Narrative', '$narrative', ['articles']],
];

/** A read: must not write anything. */
const read = (arg: string, op: string, control: Row['control'], more: Partial<Row> = {}): Row => ({
  arg,
  op,
  control,
  ...more,
});
/** An ingest: may write the articles it reports, with their sources and entities. */
const ingest = (arg: string, op: string, control: string, more: Partial<Row>): Row => ({
  arg,
  op,
  control,
  effect: 'ingest',
  caller: WRITE_CALLER,
  ...more,
});
const fx = (name: 'article' | 'source' | 'actor' | 'event' | 'narrative') => (f: Fixture) =>
  f[name];
const RENAME = viewInput('name').replace('$v', '"Renamed"');

// One line per argument (prettier would fold each row over several).
// prettier-ignore
const ARGUMENTS: readonly Row[] = [
  // Search: the text goes to Lucene, the filters to Cypher.
  read('Query.search(query)', 'search(query: $v) { totalCount edges { node { id } } }', 'hacking empire'),
  read('Query.search(kinds)', 'search(query: "empire", kinds: [$v]) { totalCount }', 'Article'),
  read('Query.search(sources)', 'search(query: "empire", sources: [$v]) { totalCount }', fx('source'), { send: asId('Source') }),
  read('Query.search(from)', 'search(query: "empire", from: $v) { totalCount }', '2021-01-01'),
  read('Query.search(to)', 'search(query: "empire", to: $v) { totalCount }', '2030-01-01'),
  read('Query.search(after)', 'search(query: "empire", after: $v) { totalCount }', encodeCursor(0)),
  // Nodes.
  read('Query.node(id)', 'node(id: $v) { id }', fx('article'), { send: asId('Article', 'Actor') }),
  read('Query.nodes(ids)', 'nodes(ids: [$v, $article]) { id }', fx('actor'), { send: asId('Source', 'Event') }),
  // Explore.
  read('Query.edgeEvidence(ids)', 'edgeEvidence(ids: [$v]) { edgeId }', (f: Fixture) => `MENTIONS:${f.article}->${f.actor}`),
  read('Query.neighborhood(ids)', 'neighborhood(ids: [$v]) { nodes { id } }', fx('narrative'), { send: asId('Narrative', 'Article') }),
  read('Query.neighborhood(relationTypes)', 'neighborhood(ids: [$actor], relationTypes: [$v]) { nodes { id } }', 'MENTIONS'),
  read('Query.neighborhood(nodeKinds)', 'neighborhood(ids: [$actor], nodeKinds: [$v]) { nodes { id } }', 'Article'),
  read('Query.neighborhood(sources)', 'neighborhood(ids: [$actor], sources: [$v]) { nodes { id } }', fx('source'), { send: asId('Source') }),
  read('Query.neighborhood(from)', 'neighborhood(ids: [$actor], from: $v) { nodes { id } }', '2021-01-01'),
  read('Query.neighborhood(to)', 'neighborhood(ids: [$actor], to: $v) { nodes { id } }', '2030-01-01'),
  read('Query.groupedNeighborhood(ids)', 'groupedNeighborhood(ids: [$v]) { nodes { id } groups { id } }', fx('actor'), { send: asId('Actor', 'Narrative') }),
  read('Query.neighborGroup(id)', 'neighborGroup(id: $v) { nodes { id } }', (f) => `group:MENTIONS:in:Article:${f.actor}`, { send: (p) => [{ value: p }, { value: `group:MENTIONS:in:Article:${p}` }, { value: `group:MENTIONS:in:Article:Actor:${p}` }] }),
  read('Query.neighborGroup(from)', `neighborGroup(id: "group:MENTIONS:in:Article:Actor:country:united-states", from: $v) { nodes { id } }`, '2021-01-01'),
  read('Query.neighborGroup(to)', `neighborGroup(id: "group:MENTIONS:in:Article:Actor:country:united-states", to: $v) { nodes { id } }`, '2030-01-01'),
  read('Query.paths(from)', 'paths(from: $v, to: $narrative) { paths }', fx('actor'), { send: asId('Actor', 'Event') }),
  read('Query.paths(to)', 'paths(from: $actor, to: $v) { paths }', fx('narrative'), { send: asId('Narrative', 'Source') }),
  read('Query.paths(relationTypes)', 'paths(from: $actor, to: $narrative, relationTypes: [$v]) { paths }', 'ADVANCES'),
  // Analytics.
  read('Query.timeline(filter.ids)', 'timeline(filter: { ids: [$v] }) { totalArticles }', fx('actor'), { send: asId('Actor', 'Article') }),
  read('Query.timeline(filter.kinds)', 'timeline(filter: { kinds: [$v] }) { totalArticles }', 'Narrative'),
  read('Query.timeline(filter.sources)', 'timeline(filter: { sources: [$v] }) { totalArticles }', fx('source'), { send: asId('Source') }),
  read('Query.timeline(filter.from)', 'timeline(filter: { from: $v }) { totalArticles }', '2021-01-01'),
  read('Query.timeline(filter.to)', 'timeline(filter: { to: $v }) { totalArticles }', '2030-01-01'),
  read('Query.timeline(filter.narrative)', 'timeline(filter: { narrative: $v }) { totalArticles }', fx('narrative'), { send: asId('Narrative') }),
  read('Query.narrativeSpread(id)', 'narrativeSpread(id: $v) { totalArticles }', fx('narrative'), { send: asId('Narrative') }),
  // Lists under nodes: every `after` cursor, and a source's date range.
  ...NESTED_LISTS.flatMap(([type, node, fields]) => fields.map((field) => read(`${type}.${field}(after)`, `node(id: ${node}) { ... on ${type} { ${field}(after: $v) { totalCount } } }`, encodeCursor(0)))),
  read('Source.articles(from)', 'node(id: $source) { ... on Source { articles(from: $v) { totalCount } } }', '2021-01-01'),
  read('Source.articles(to)', 'node(id: $source) { ... on Source { articles(to: $v) { totalCount } } }', '2030-01-01'),
  // Citations: the network's filters, and both directions of an outlet (Source and Actor).
  read('Query.citationNetwork(from)', 'citationNetwork(from: $v) { truncated }', '2021-01-01'),
  read('Query.citationNetwork(to)', 'citationNetwork(to: $v) { truncated }', '2030-01-01'),
  read('Query.citationNetwork(sources)', 'citationNetwork(sources: [$v]) { truncated }', fx('source'), { send: asId('Source') }),
  read('Query.citationNetwork(cited)', 'citationNetwork(cited: [$v]) { truncated days { count } }', fx('actor'), { send: asId('Actor', 'Source') }),
  read('Query.citationNetwork(stance)', 'citationNetwork(stance: [$v]) { truncated }', 'hostile'),
  read('Query.citationNetwork(sections)', 'citationNetwork(sections: [$v]) { truncated edges { count } }', 'top news'),
  read('CitationLink.evidence(after)', 'citationNetwork { edges { evidence(after: $v) { totalCount } } }', encodeCursor(0)),
  ...(['Source', 'Actor'] as const).flatMap((type) => (['cites', 'citedBy'] as const).flatMap((field) => (['after', 'from', 'to'] as const).map((arg) => read(`${type}.${field}(${arg})`, `node(id: $${type.toLowerCase()}) { ... on ${type} { ${field}(${arg}: $v) { totalCount } } }`, arg === 'after' ? encodeCursor(0) : '2021-01-01')))),
  // Saved views: reads, every field of a save and an update, slugs and edit tokens.
  read('Query.savedView(slug)', 'savedView(slug: $v) { slug }', (f) => f.view.slug),
  read('Query.savedViews(query)', 'savedViews(query: $v) { totalCount edges { node { slug } } }', 'Fixture'),
  read('Query.savedViews(after)', 'savedViews(after: $v) { totalCount }', encodeCursor(0)),
  ...viewRows('saveView'),
  ...viewRows('updateView'),
  read('Mutation.forkView(slug)', 'forkView(slug: $v, input: { name: "Fork" }) { slug editToken }', (f) => f.view.slug, { effect: 'views' }),
  read('Mutation.forkView(input.name)', 'forkView(slug: $slug, input: { name: $v }) { slug editToken }', VIEW_CONTROLS.name, { effect: 'views', send: VIEW_FIELDS.name, readBack: viewField('name') }),
  read('Mutation.forkView(input.description)', 'forkView(slug: $slug, input: { name: "Fork", description: $v }) { slug editToken }', VIEW_CONTROLS.description, { effect: 'views', send: VIEW_FIELDS.description, readBack: viewField('description') }),
  read('Mutation.updateView(slug)', `updateView(slug: $v, editToken: $token, input: ${RENAME}) { slug }`, (f) => f.view.slug, { effect: 'views', allow: ['FORBIDDEN'] }),
  read('Mutation.updateView(editToken)', `updateView(slug: $slug, editToken: $v, input: ${RENAME}) { slug }`, (f) => f.view.token, { effect: 'views', allow: ['FORBIDDEN'] }),
  read('Mutation.deleteView(slug)', 'deleteView(slug: $v, editToken: $token) { deleted }', async () => { const v = await throwawayView(); return { value: v.slug, vars: { token: v.token } }; }, { effect: 'views', allow: ['FORBIDDEN'] }),
  read('Mutation.deleteView(editToken)', 'deleteView(slug: $slug, editToken: $v) { deleted }', async () => { const v = await throwawayView(); return { value: v.token, vars: { slug: v.slug } }; }, { effect: 'views', allow: ['FORBIDDEN'] }),
  // Watches: reads, every field of a create and an update, ids and edit tokens.
  read('Query.watch(id)', 'watch(id: $v) { id }', (f) => f.watch.id),
  read('Query.watches(after)', 'watches(after: $v) { totalCount }', encodeCursor(0)),
  read('Query.alerts(watchId)', 'alerts(watchId: $v) { totalCount }', (f) => f.watch.id),
  read('Query.alerts(since)', 'alerts(watchId: $watch, since: $v) { totalCount }', '2021-01-01T00:00:00Z'),
  read('Query.alerts(after)', 'alerts(watchId: $watch, after: $v) { totalCount }', encodeCursor(0)),
  read('Mutation.createWatch(input.name)', 'createWatch(input: { name: $v, kind: SEARCH, query: "empire" }) { editToken }', 'Watched empire', { effect: 'watches' }),
  read('Mutation.createWatch(input.targetId)', 'createWatch(input: { name: "Target", kind: ACTOR, targetId: $v }) { editToken }', fx('actor'), { effect: 'watches', send: asId('Actor') }),
  read('Mutation.createWatch(input.query)', 'createWatch(input: { name: "Query", kind: SEARCH, query: $v }) { editToken }', 'hacking empire', { effect: 'watches' }),
  read('Mutation.createWatch(input.webhookUrl)', 'createWatch(input: { name: "Hook", kind: SEARCH, query: "empire", webhookUrl: $v }) { editToken }', 'https://example.org/hook', { effect: 'watches' }),
  read('Mutation.updateWatch(id)', 'updateWatch(id: $v, editToken: $wtoken, input: { name: "Renamed" }) { id }', (f) => f.watch.id, { effect: 'watches', allow: ['FORBIDDEN'] }),
  read('Mutation.updateWatch(editToken)', 'updateWatch(id: $watch, editToken: $v, input: { name: "Renamed" }) { id }', (f) => f.watch.token, { effect: 'watches', allow: ['FORBIDDEN'] }),
  read('Mutation.updateWatch(input.name)', 'updateWatch(id: $watch, editToken: $wtoken, input: { name: $v }) { id }', 'Renamed', { effect: 'watches' }),
  read('Mutation.updateWatch(input.query)', 'updateWatch(id: $watch, editToken: $wtoken, input: { query: $v }) { id }', 'empire', { effect: 'watches' }),
  read('Mutation.updateWatch(input.webhookUrl)', 'updateWatch(id: $watch, editToken: $wtoken, input: { webhookUrl: $v }) { id }', 'https://example.org/hook', { effect: 'watches' }),
  read('Mutation.markWatchRead(id)', 'markWatchRead(id: $v, editToken: $wtoken) { id }', (f) => f.watch.id, { effect: 'watches', allow: ['FORBIDDEN'] }),
  read('Mutation.markWatchRead(editToken)', 'markWatchRead(id: $watch, editToken: $v) { id }', (f) => f.watch.token, { effect: 'watches', allow: ['FORBIDDEN'] }),
  read('Mutation.markWatchRead(at)', 'markWatchRead(id: $watch, editToken: $wtoken, at: $v) { id }', '2021-01-01T00:00:00Z', { effect: 'watches' }),
  read('Mutation.createWatchFeedToken(id)', 'createWatchFeedToken(id: $v, editToken: $wtoken) { feedPath }', (f) => f.watch.id, { effect: 'watches', allow: ['FORBIDDEN'] }),
  read('Mutation.createWatchFeedToken(editToken)', 'createWatchFeedToken(id: $watch, editToken: $v) { feedPath }', (f) => f.watch.token, { effect: 'watches', allow: ['FORBIDDEN'] }),
  read('Mutation.revokeWatchFeedToken(id)', 'revokeWatchFeedToken(id: $v, editToken: $wtoken) { id }', (f) => f.watch.id, { effect: 'watches', allow: ['FORBIDDEN'] }),
  read('Mutation.revokeWatchFeedToken(editToken)', 'revokeWatchFeedToken(id: $watch, editToken: $v) { id }', (f) => f.watch.token, { effect: 'watches', allow: ['FORBIDDEN'] }),
  read('Mutation.deleteWatch(id)', 'deleteWatch(id: $v, editToken: $wtoken) { deleted }', async () => { const w = await throwawayWatch(); return { value: w.id, vars: { wtoken: w.token } }; }, { effect: 'watches', allow: ['FORBIDDEN'] }),
  read('Mutation.deleteWatch(editToken)', 'deleteWatch(id: $watch, editToken: $v) { deleted }', async () => { const w = await throwawayWatch(); return { value: w.token, vars: { watch: w.id } }; }, { effect: 'watches', allow: ['FORBIDDEN'] }),
  // Feeds (write key): a URL goes through the address guard, then MERGE on its normalized form.
  read('Query.feeds(after)', 'feeds(after: $v) { totalCount }', encodeCursor(0)),
  read('Mutation.addFeed(url)', 'addFeed(url: $v) { key }', 'https://example.org/inj/feed.xml', { effect: 'feeds', caller: WRITE_CALLER, send: urlValues }),
  read('Mutation.addFeed(url)', 'addFeed(url: $v, kind: PAGE) { key }', 'https://example.org/inj/page.html', { effect: 'feeds', caller: WRITE_CALLER, send: urlValues }),
  // A folder: a path resolved inside NARRAGRAPH_COLLECT_FOLDER_ROOT, else BAD_USER_INPUT.
  read('Mutation.addFeed(url)', 'addFeed(url: $v, kind: FOLDER) { key }', `${FOLDER_ROOT}/inbox`, { effect: 'feeds', caller: WRITE_CALLER }),
  read('Mutation.pauseFeed(url)', 'pauseFeed(url: $v) { key }', (f) => f.feed, { effect: 'feeds', caller: WRITE_CALLER }),
  read('Mutation.removeFeed(url)', 'removeFeed(url: $v) { removed }', async () => ({ value: await throwawayFeed(), vars: {} }), { effect: 'feeds', caller: WRITE_CALLER }),
  // Ingest: every field of an article, and of a page in each format.
  ingest('Mutation.ingestArticles(articles.title)', INGEST(`{ title: $v, source: $n, text: "${BODY}" }`), 'Ordinary title', { send: (p) => [storedTitle(p)], readBack: articleField('title') }),
  ingest('Mutation.ingestArticles(articles.text)', INGEST('{ title: $n, text: $v }'), BODY, { send: (p) => [{ value: p, want: storedText(p), mustStore: storedText(p) !== '' && p.length <= 5_000 }], readBack: articleField('text') }),
  ingest('Mutation.ingestArticles(articles.source)', INGEST(`{ title: $n, text: "${BODY}", source: $v }`), 'Ordinary Wire', { send: sourceNames, readBack: articleField('source') }),
  ingest('Mutation.ingestArticles(articles.url)', INGEST(`{ title: $n, text: "${BODY}", url: $v }`), 'https://example.org/inj/control', { send: urlValues, readBack: articleField('url') }),
  ingest('Mutation.ingestArticles(articles.date)', INGEST(`{ title: $n, text: "${BODY}", date: $v }`), '2024-02-03', { readBack: articleField('date') }),
  ingest('Mutation.ingestArticles(articles.language)', INGEST(`{ title: $n, text: "${BODY}", language: $v }`), 'en', { readBack: articleField('language') }),
  ingest('Mutation.ingestPage(input.text)', PAGE('{ format: JSON_RECORD, text: $v }'), JSON.stringify({ title: 'Control record', text: BODY }), { send: (p, n) => [{ value: p }, { ...storedTitle(p), value: JSON.stringify({ title: p, source: `Inj ${n}`, text: BODY }) }], readBack: articleField('title') }),
  ingest('Mutation.ingestPage(input.text)', PAGE('{ format: HTML, text: $v }'), htmlPage('Control HTML page', 'control'), { send: (p, n) => [{ value: p }, { ...storedTitle(p), value: htmlPage(p, n) }], readBack: articleField('title') }),
  ingest('Mutation.ingestPage(input.text)', PAGE('{ format: PAGE_TEXT, text: $v }'), watchPage('Control watch page', 'control'), { send: (p, n) => [{ value: p }, plainTitleLine(p) ? { ...storedTitle(p), value: watchPage(p, n) } : { value: watchPage(p, n) }], readBack: articleField('title') }),
  ingest('Mutation.ingestPage(input.url)', PAGE('{ format: HTML, text: $html, url: $v }'), 'https://example.org/page/control', { send: urlValues, readBack: articleField('url') }),
  ingest('Mutation.ingestPage(input.sourceName)', PAGE('{ format: JSON_RECORD, text: $record, sourceName: $v }'), 'Ordinary Agency', { send: sourceNames, readBack: articleField('source') }),
];

// --- Database snapshots -------------------------------------------------------------------------

interface Snapshot {
  /** `labels|identity` → properties (JSON), for every node. */
  readonly nodes: Map<string, string>;
  /** `type|from|to|properties` → how many, for every relationship. */
  readonly relationships: Map<string, number>;
}

/** How a node is told apart across snapshots: its key (slug, id), else its element id. */
const identity = (v: string): string =>
  `coalesce(${v}.key, ${v}.slug, toString(${v}.id), elementId(${v}))`;

async function snapshot(): Promise<Snapshot> {
  return readTransaction(async (tx) => {
    const nodes = new Map<string, string>();
    const nodeRows = await tx.run(
      `MATCH (n) RETURN labels(n) AS labels, ${identity('n')} AS id, properties(n) AS props`,
    );
    for (const record of nodeRows.records) {
      const labels = (record.get('labels') as string[]).sort().join(':');
      const props = toPlain(record.get('props')) as Record<string, unknown>;
      const sorted = Object.fromEntries(
        Object.entries(props).sort(([a], [b]) => a.localeCompare(b)),
      );
      nodes.set(`${labels}|${String(record.get('id'))}`, JSON.stringify(sorted));
    }
    const relationships = new Map<string, number>();
    const relRows = await tx.run(
      `MATCH (a)-[r]->(b)
       RETURN type(r) AS type, ${identity('a')} AS from, ${identity('b')} AS to, properties(r) AS props`,
    );
    for (const record of relRows.records) {
      const props = toPlain(record.get('props')) as Record<string, unknown>;
      const sorted = Object.fromEntries(
        Object.entries(props).sort(([a], [b]) => a.localeCompare(b)),
      );
      const key = `${String(record.get('type'))}|${String(record.get('from'))}|${String(record.get('to'))}|${JSON.stringify(sorted)}`;
      relationships.set(key, (relationships.get(key) ?? 0) + 1);
    }
    return { nodes, relationships };
  });
}

interface Diff {
  readonly added: string[];
  readonly removed: string[];
  readonly changed: string[];
  readonly addedRelationships: string[];
  readonly removedRelationships: string[];
}

function diff(before: Snapshot, after: Snapshot): Diff {
  const added = [...after.nodes.keys()].filter((k) => !before.nodes.has(k));
  const removed = [...before.nodes.keys()].filter((k) => !after.nodes.has(k));
  const changed = [...before.nodes.keys()].filter(
    (k) => after.nodes.has(k) && after.nodes.get(k) !== before.nodes.get(k),
  );
  const counted = (a: Map<string, number>, b: Map<string, number>) =>
    [...a.entries()].filter(([k, n]) => (b.get(k) ?? 0) < n).map(([k]) => k);
  return {
    added,
    removed,
    changed,
    addedRelationships: counted(after.relationships, before.relationships),
    removedRelationships: counted(before.relationships, after.relationships),
  };
}

const KNOWN_LABELS = new Set([
  'Article',
  'Source',
  'Actor',
  'Event',
  'Narrative',
  'SavedView',
  'NarragraphSchema',
  'ApiKey',
  'ReuseSketch',
  'ReuseSequence',
  'Watch',
  'Alert',
  'Feed',
]);
/** Outside the explored model: a watch's alerts and their evidence articles. */
const ALERT_RELATION_TYPES = ['RAISED', 'EVIDENCE'];
const ENTITY_LABELS = new Set(['Article', 'Source', 'Actor', 'Event', 'Narrative']);

/** No label or relationship type outside the model, and no Pwned node, anywhere. */
async function expectOnlyKnownSchema(): Promise<void> {
  const { labels, types } = await readTransaction(async (tx) => {
    const l = await tx.run('MATCH (n) UNWIND labels(n) AS l RETURN collect(DISTINCT l) AS labels');
    const t = await tx.run('MATCH ()-[r]->() RETURN collect(DISTINCT type(r)) AS types');
    return {
      labels: l.records[0]?.get('labels') as string[],
      types: t.records[0]?.get('types') as string[],
    };
  });
  expect(labels.filter((l) => !KNOWN_LABELS.has(l))).toEqual([]);
  expect(
    types.filter(
      (t) =>
        !(RELATION_TYPES as readonly string[]).includes(t) && !ALERT_RELATION_TYPES.includes(t),
    ),
  ).toEqual([]);
}

const labelOf = (identity: string): string => identity.slice(0, identity.indexOf('|'));
const idOf = (identity: string): string => identity.slice(identity.indexOf('|') + 1);

/** What a row's writes may have changed, given what its operations said they wrote. */
function expectOnlyIntendedWrites(
  row: Row,
  change: Diff,
  wrote: { views: Set<string>; articles: Set<string> },
  f: Fixture,
): void {
  const where = `writes of ${row.arg}`;
  if (row.effect === 'views') {
    expect(change.removed, where).toEqual([]);
    expect(
      change.added.filter((k) => labelOf(k) !== 'SavedView' || !wrote.views.has(idOf(k))),
      where,
    ).toEqual([]);
    expect(
      change.changed.filter((k) => k !== `SavedView|${f.view.slug}`),
      where,
    ).toEqual([]);
    expect([...change.addedRelationships, ...change.removedRelationships], where).toEqual([]);
    return;
  }
  if (row.effect === 'watches' || row.effect === 'feeds') {
    // Only the row's own kind of node, watches or feeds; nothing else moves.
    const own = new Set([row.effect === 'watches' ? 'Watch' : 'Feed']);
    const foreign = (k: string) => !own.has(labelOf(k));
    expect([...change.added, ...change.removed, ...change.changed].filter(foreign), where).toEqual(
      [],
    );
    // None of these operations links a node: a watch's alerts come only from ingest.
    expect([...change.addedRelationships, ...change.removedRelationships], where).toEqual([]);
    return;
  }
  if (row.effect === 'ingest') {
    const touchesIngested = (rel: string): boolean => {
      const [, from, to] = rel.split('|');
      return wrote.articles.has(from ?? '') || wrote.articles.has(to ?? '');
    };
    // An ingested article's text reuse sketch is keyed by the article; the sketches' counter moves;
    // the watches it matches raise alerts.
    const ownSketch = (k: string) =>
      (labelOf(k) === 'ReuseSketch' && wrote.articles.has(idOf(k))) ||
      labelOf(k) === 'ReuseSequence' ||
      labelOf(k) === 'Alert';
    expect(change.removed, where).toEqual([]);
    expect(
      change.added.filter((k) => !ENTITY_LABELS.has(labelOf(k)) && !ownSketch(k)),
      where,
    ).toEqual([]);
    expect(
      change.added.filter((k) => labelOf(k) === 'Article' && !wrote.articles.has(idOf(k))),
      where,
    ).toEqual([]);
    // Merged entities (actor aliases, events) may change; articles only when they were written; a
    // watch whose alert went to its webhook records that delivery.
    expect(
      change.changed.filter(
        (k) =>
          (!ENTITY_LABELS.has(labelOf(k)) && !ownSketch(k) && labelOf(k) !== 'Watch') ||
          (labelOf(k) === 'Article' && !wrote.articles.has(idOf(k))),
      ),
      where,
    ).toEqual([]);
    expect(
      change.removedRelationships.filter((r) => !touchesIngested(r)),
      where,
    ).toEqual([]);
    return;
  }
  expect(change, `${row.arg} must not write`).toEqual({
    added: [],
    removed: [],
    changed: [],
    addedRelationships: [],
    removedRelationships: [],
  });
}

// --- Running a row -------------------------------------------------------------------------------

const ARGUMENT_TYPES = stringArguments();
let fixture: Fixture;
let fixtureDir = '';
let counter = 0;

/** The operation of a row with its variable definitions. */
function documentOf(row: Row, type: StringType): string {
  const isMutation = /^Mutation\./.test(row.arg);
  const defs = [`$v: ${type}!`];
  const used = (name: string): boolean => new RegExp(`\\$${name}\\b`).test(row.op);
  for (const name of ['n', 'record', 'html']) if (used(name)) defs.push(`$${name}: String!`);
  for (const name of ['article', 'source', 'actor', 'event', 'narrative', 'watch']) {
    if (used(name)) defs.push(`$${name}: ID!`);
  }
  for (const name of ['slug', 'token', 'wtoken']) if (used(name)) defs.push(`$${name}: String!`);
  return `${isMutation ? 'mutation' : 'query'}(${defs.join(', ')}) { ${row.op} }`;
}

function variablesOf(value: string, n: string, f: Fixture): Record<string, unknown> {
  return {
    v: value,
    n,
    record: JSON.stringify({ title: `Record ${n}`, text: BODY }),
    html: htmlPage(`Page ${n}`, n),
    article: f.article,
    source: f.source,
    actor: f.actor,
    event: f.event,
    narrative: f.narrative,
    slug: f.view.slug,
    token: f.view.token,
    watch: f.watch.id,
    wtoken: f.watch.token,
  };
}

/** Unicode that UTF-8 cannot carry (lone surrogates) arrives as U+FFFD, as over any UTF-8 wire. */
const wellFormed = (text: string): string =>
  text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

const show = (value: string): string =>
  JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…(${value.length})` : value);

/**
 * Sends of a row of reads in flight at once. Rows that write send one at a time: those that change
 * the fixture's view, watch or feed read back what they stored, ingests MERGE shared sources and
 * entities, and saves of views of their own were no faster concurrently (docs/testing.md).
 */
const CONCURRENT_READS = 8;

async function runRow(row: Row): Promise<void> {
  const type = ARGUMENT_TYPES.get(row.arg);
  if (type === undefined) throw new Error(`${row.arg} is not a string argument of the schema`);
  const document = documentOf(row, type);
  const allowed = new Set(['BAD_USER_INPUT', 'NOT_FOUND', ...(row.allow ?? [])]);
  const caller = row.caller ?? ANONYMOUS_CALLER;
  const wrote = { views: new Set<string>(), articles: new Set<string>() };

  const send = async (
    value: string,
    vars: Record<string, string> = {},
  ): Promise<{ result: TestResult; n: string }> => {
    counter += 1;
    const n = `inj${counter}`;
    const variables = { ...variablesOf(value, n, fixture), ...vars };
    const result = await execute(server, document, variables, caller);
    const data = result.data ?? {};
    const saved = createdView(data);
    if (saved) wrote.views.add(saved);
    if (row.effect === 'ingest') {
      const ingested = Object.values(data)[0] as { articles: { id: string }[] } | null;
      for (const a of ingested?.articles ?? []) wrote.articles.add(a.id.slice('Article:'.length));
    }
    return { result, n };
  };

  const before = await snapshot();

  // The control value works: the row reaches its resolver.
  const spec = typeof row.control === 'function' ? await row.control(fixture) : row.control;
  const control: Control = typeof spec === 'string' ? { value: spec, vars: {} } : spec;
  const controlled = await send(control.value, control.vars);
  expect(controlled.result.errors, `${row.arg} control ${show(control.value)}`).toBeUndefined();
  expect(controlled.result.data, `${row.arg} control`).toBeTruthy();
  if (row.effect === 'ingest') {
    expect(
      controlled.result.data && Object.values(controlled.result.data)[0],
      `${row.arg} control`,
    ).toMatchObject({ rejected: [] });
  }

  const sends = PAYLOADS.flatMap((payload) =>
    (row.send ?? ((p: string): Sent[] => [{ value: p }]))(payload, `p${(counter += 1)}`),
  );
  const check = async (sent: Sent): Promise<void> => {
    const { result } = await send(sent.value);
    const label = `${row.arg} ← ${show(sent.value)}`;
    expect(
      codes(result).filter((c) => !allowed.has(c)),
      label,
    ).toEqual([]);
    if (result.errors === undefined) expect(result.data, label).toBeTruthy();
    const rejected =
      (result.data &&
        (Object.values(result.data)[0] as { rejected?: unknown[] } | null)?.rejected) ??
      [];
    const stored = result.errors === undefined && rejected.length === 0;
    if (sent.mustStore === true) {
      expect({ errors: result.errors, rejected }, `${label} must be stored`).toEqual({
        errors: undefined,
        rejected: [],
      });
    }
    if (stored && row.readBack && sent.want !== undefined && result.data) {
      const back = await row.readBack(result.data, fixture);
      expect(back, `${label} reads back`).toBe(wellFormed(sent.want));
    }
  };
  // Each request is a few round trips to Neo4j, and one after another the test mostly waited on them.
  let next = 0;
  // Every send ends before the row's checks go on (a failed one must not write into the next row).
  const settled = await Promise.allSettled(
    Array.from({ length: row.effect === undefined ? CONCURRENT_READS : 1 }, async () => {
      for (let index = next++; index < sends.length; index = next++)
        await check(sends[index] as Sent);
    }),
  );
  for (const outcome of settled) if (outcome.status === 'rejected') throw outcome.reason;

  const after = await snapshot();
  expectOnlyIntendedWrites(row, diff(before, after), wrote, fixture);
  await expectOnlyKnownSchema();
  // Created views are removed again so each row starts from the same graph.
  if (wrote.views.size > 0) {
    await runAutoCommit(
      'MATCH (v:SavedView) WHERE v.slug IN $slugs AND v.slug <> $keep DETACH DELETE v',
      {
        slugs: [...wrote.views],
        keep: fixture.view.slug,
      },
    );
  }
}

/** A view made only to be deleted by a control. */
async function createWatch(name: string): Promise<{ id: string; token: string }> {
  const created = await execute<{ createWatch: { watch: { id: string }; editToken: string } }>(
    server,
    `mutation($name: String!) { createWatch(input: { name: $name, kind: SEARCH, query: "empire" }) { watch { id } editToken } }`,
    { name },
    ANONYMOUS_CALLER,
  );
  expect(created.errors).toBeUndefined();
  return {
    id: created.data?.createWatch.watch.id ?? '',
    token: created.data?.createWatch.editToken ?? '',
  };
}

const throwawayWatch = () => createWatch('Throwaway watch');

async function addFeed(url: string): Promise<string> {
  const added = await execute<{ addFeed: { url: string } }>(
    server,
    'mutation($url: String!) { addFeed(url: $url) { url } }',
    { url },
    WRITE_CALLER,
  );
  expect(added.errors).toBeUndefined();
  return added.data?.addFeed.url ?? '';
}

const throwawayFeed = () => addFeed(`https://example.org/inj/throwaway-${(counter += 1)}.xml`);

async function throwawayView(): Promise<{ slug: string; token: string }> {
  const saved = await execute<{ saveView: { slug: string; editToken: string } }>(
    server,
    `mutation { saveView(input: { name: "Throwaway", state: "eyJ2IjoxfQ", positions: "{}", viewport: "{}", mode: SNAPSHOT }) { slug editToken } }`,
    {},
    ANONYMOUS_CALLER,
  );
  expect(saved.errors).toBeUndefined();
  return { slug: saved.data?.saveView.slug ?? '', token: saved.data?.saveView.editToken ?? '' };
}

// --- Tests -------------------------------------------------------------------------------------

beforeAll(async () => {
  await resetDatabase();
  fixtureDir = await ingestFixtures();
  const keys = await readTransaction(async (tx) => {
    const r = await tx.run(
      `MATCH (e:Event)<-[:CITES]-() WITH e LIMIT 1
       MATCH (x:Actor {key: 'country:united-states'}), (s:Source {key: 'rodong-sinmun'}),
             (m:Narrative {key: 'hacking-empire'}), (a:Article {key: $article})
       RETURN e.key AS event, x.key AS actor, s.key AS source, m.key AS narrative, a.key AS article`,
      { article: FIXTURE_ARTICLES[0].url },
    );
    return r.records[0]?.toObject();
  });
  if (!keys)
    throw new Error('the fixture graph lacks an event, actor, source, narrative or article');
  const saved = await execute<{ saveView: { slug: string; editToken: string } }>(
    server,
    `mutation { saveView(input: { name: "Fixture view", state: "eyJ2IjoxfQ", positions: "{}", viewport: "{}", mode: LIVE }) { slug editToken } }`,
    {},
    ANONYMOUS_CALLER,
  );
  expect(saved.errors).toBeUndefined();
  fixture = {
    article: `Article:${keys.article}`,
    source: `Source:${keys.source}`,
    actor: `Actor:${keys.actor}`,
    event: `Event:${keys.event}`,
    narrative: `Narrative:${keys.narrative}`,
    view: { slug: saved.data?.saveView.slug ?? '', token: saved.data?.saveView.editToken ?? '' },
    watch: await createWatch('Fixture watch'),
    feed: await addFeed('https://example.org/inj/fixture-feed.xml'),
  };
});

afterAll(async () => {
  await rm(fixtureDir, { recursive: true, force: true });
  await closeDriver();
});

describe('injection table', () => {
  it('covers every String and ID argument of the schema', () => {
    const covered = new Set(ARGUMENTS.map((row) => row.arg));
    expect([...ARGUMENT_TYPES.keys()].filter((arg) => !covered.has(arg))).toEqual([]);
    expect([...covered].filter((arg) => !ARGUMENT_TYPES.has(arg))).toEqual([]);
    // Sanity of the introspection itself: it sees nested inputs and field arguments.
    expect(ARGUMENT_TYPES.get('Query.timeline(filter.narrative)')).toBe('ID');
    expect(ARGUMENT_TYPES.get('Source.articles(from)')).toBe('String');
  });
});

describe('the detectors', () => {
  it('see a planted node, a changed property and a deleted relationship', async () => {
    const before = await snapshot();
    await runAutoCommit('CREATE (:Pwned {key: "planted"})');
    await runAutoCommit('MATCH (s:Source {key: $key}) SET s.name = "Pwned"', {
      key: fixture.source.slice('Source:'.length),
    });
    const planted = diff(before, await snapshot());
    expect(planted.added).toEqual(['Pwned|planted']);
    expect(planted.changed).toEqual([`Source|${fixture.source.slice('Source:'.length)}`]);
    await expect(expectOnlyKnownSchema()).rejects.toThrow();
    await runAutoCommit('MATCH (p:Pwned) DELETE p');
    await runAutoCommit('MATCH (s:Source {key: $key}) SET s.name = $name', {
      key: fixture.source.slice('Source:'.length),
      name: FIXTURE_ARTICLES[0].source,
    });
    const rel = await runAutoCommit(
      'MATCH (:Article)-[r:MENTIONS]->() WITH r LIMIT 1 WITH r, properties(r) AS p, startNode(r) AS a, endNode(r) AS b DELETE r RETURN a.key AS a, b.key AS b, p',
    );
    expect(diff(before, await snapshot()).removedRelationships).toHaveLength(1);
    const { a, b, p } = rel.records[0]?.toObject() as {
      a: string;
      b: string;
      p: Record<string, unknown>;
    };
    await runAutoCommit(
      'MATCH (a:Article {key: $a}), (b:Actor {key: $b}) CREATE (a)-[r:MENTIONS]->(b) SET r = $p',
      { a, b, p },
    );
    expect(diff(before, await snapshot())).toEqual({
      added: [],
      removed: [],
      changed: [],
      addedRelationships: [],
      removedRelationships: [],
    });
  });
});

describe('injection through every string argument', () => {
  it.each(ARGUMENTS.map((row, index) => [`${row.arg} #${index}`, row] as const))(
    '%s stays data',
    async (_name, row) => {
      await runRow(row);
    },
    300_000,
  );
});

import { isNodeKind, NODE_KINDS, type NodeKind } from '../model/graph-model';
import { globalId } from '../model/graph-slice';
import { toNumber, toStringValue } from '../neo4j-values';

/**
 * Plain rows of the five node kinds, as every read returns them, and the one Cypher projection
 * they are read from. Shared by all query modules so a node looks the same whichever query found it.
 */

export interface ArticleRow {
  readonly kind: 'Article';
  readonly key: string;
  readonly title: string;
  readonly date: string | null;
  readonly url: string | null;
  readonly language: string | null;
  readonly text: string;
  readonly stub: boolean;
  readonly teaser: string | null;
  /** Website sections the input filed it under (`top news`); absent on rows built by hand. */
  readonly sections?: readonly string[];
  readonly degree: number;
}

export interface SourceRow {
  readonly kind: 'Source';
  readonly key: string;
  readonly name: string;
  readonly degree: number;
}

export interface ActorRow {
  readonly kind: 'Actor';
  readonly key: string;
  readonly name: string;
  readonly actorKind: string;
  readonly aliases: readonly string[];
  readonly placeholder: boolean;
  readonly degree: number;
}

export interface EventRow {
  readonly kind: 'Event';
  readonly key: string;
  readonly date: string;
  readonly dateEnd: string | null;
  readonly precision: string;
  readonly description: string;
  readonly degree: number;
}

export interface NarrativeRow {
  readonly kind: 'Narrative';
  readonly key: string;
  readonly label: string;
  readonly narrativeKind: string;
  readonly degree: number;
}

export type NodeRow = ArticleRow | SourceRow | ActorRow | EventRow | NarrativeRow;

/** The sentence behind an edge, with the key of the article it is from (null if none). */
export interface EvidenceRow {
  readonly sentence: string;
  readonly start: number;
  readonly end: number;
  readonly extractor: string;
  readonly confidence: number;
  readonly articleKey: string | null;
}

/**
 * Cypher map expression projecting node variable `v` for {@link toNodeRow}. `v` is always one of
 * our own variable names, never input. COUNT { (v)--() } reads the stored degree, so it is cheap.
 */
export function nodeProjection(v: string): string {
  return `{labels: labels(${v}), props: properties(${v}), degree: COUNT { (${v})--() }}`;
}

function nullableString(value: unknown): string | null {
  return value === null || value === undefined ? null : toStringValue(value);
}

/** The kind of a node from its labels (first label that is a node kind). */
export function kindOfLabels(labels: readonly unknown[]): NodeKind | undefined {
  for (const label of labels) {
    if (typeof label === 'string' && isNodeKind(label)) return label;
  }
  return undefined;
}

/** Maps a {@link nodeProjection} value to a typed row; undefined for a node of no known kind. */
export function toNodeRow(value: unknown): NodeRow | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { labels, props, degree } = value as {
    labels?: unknown[];
    props?: Record<string, unknown>;
    degree?: unknown;
  };
  const kind = kindOfLabels(labels ?? []);
  if (kind === undefined || props === undefined) return undefined;
  const key = toStringValue(props.key);
  const deg = toNumber(degree);
  switch (kind) {
    case 'Article':
      return {
        kind,
        key,
        title: toStringValue(props.title),
        date: nullableString(props.date),
        url: nullableString(props.url),
        language: nullableString(props.language),
        text: toStringValue(props.text),
        stub: props.stub === true,
        teaser: nullableString(props.teaser),
        sections: Array.isArray(props.sections) ? props.sections.map(toStringValue) : [],
        degree: deg,
      };
    case 'Source':
      return { kind, key, name: toStringValue(props.name), degree: deg };
    case 'Actor':
      return {
        kind,
        key,
        name: toStringValue(props.name),
        actorKind: toStringValue(props.kind),
        aliases: Array.isArray(props.aliases) ? props.aliases.map(toStringValue) : [],
        placeholder: props.placeholder === true,
        degree: deg,
      };
    case 'Event':
      return {
        kind,
        key,
        date: toStringValue(props.date),
        dateEnd: nullableString(props.dateEnd),
        precision: toStringValue(props.precision),
        description: toStringValue(props.description),
        degree: deg,
      };
    case 'Narrative':
      return {
        kind,
        key,
        label: toStringValue(props.label),
        narrativeKind: toStringValue(props.kind),
        degree: deg,
      };
  }
}

/** Like {@link toNodeRow} but insists on one kind (queries that match a label). */
export function toNodeRowOf<K extends NodeKind>(
  value: unknown,
  kind: K,
): Extract<NodeRow, { kind: K }> {
  const row = toNodeRow(value);
  if (row?.kind !== kind) throw new Error(`expected a ${kind} node, got ${row?.kind ?? 'nothing'}`);
  return row as Extract<NodeRow, { kind: K }>;
}

/** Evidence from relationship properties (see ingest.cypher.ts evidenceProps). */
export function toEvidenceRow(props: unknown, articleKey: unknown): EvidenceRow {
  const p = (props ?? {}) as Record<string, unknown>;
  return {
    sentence: toStringValue(p.sentence),
    start: toNumber(p.start),
    end: toNumber(p.end),
    extractor: toStringValue(p.extractor),
    confidence: toNumber(p.confidence),
    articleKey: nullableString(articleKey),
  };
}

/** Global id of a row. */
export function rowId(row: NodeRow): string {
  return globalId(row.kind, row.key);
}

/** Display label of a row: title, name, phrase or description. */
export function rowLabel(row: NodeRow): string {
  switch (row.kind) {
    case 'Article':
      return row.title;
    case 'Source':
    case 'Actor':
      return row.name;
    case 'Event':
      return row.description;
    case 'Narrative':
      return row.label;
  }
}

/** Date of a row (article publication, event date), null for undated kinds. */
export function rowDate(row: NodeRow): string | null {
  return row.kind === 'Article' || row.kind === 'Event' ? row.date : null;
}

/** Subtype of a row as graph-slice.ts defines it; `stub` for stub articles. */
export function rowSubtype(row: NodeRow): string | null {
  switch (row.kind) {
    case 'Article':
      return row.stub ? 'stub' : null;
    case 'Source':
      return null;
    case 'Actor':
      return row.actorKind;
    case 'Event':
      return row.precision;
    case 'Narrative':
      return row.narrativeKind;
  }
}

/** All node kinds as a Cypher parameter value. */
export const NODE_KIND_LIST: readonly string[] = NODE_KINDS;

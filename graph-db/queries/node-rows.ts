import { isNodeKind, type NodeKind } from '../../model/graph-model';
import type { EvidenceRow, NodeRow } from '../../model/node-rows';
import { toNumber, toStringValue } from '../neo4j-values';

/**
 * The one Cypher projection every read takes its nodes from, and its mapping to the plain rows of
 * model/node-rows.ts. Shared by all query modules so a node looks the same whichever query found it.
 */

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

import { globalId } from './graph-slice';

/**
 * Plain rows of the five node kinds, as every read returns them. Plain data, safe for client code;
 * graph-db/queries/node-rows.ts reads them from Neo4j values.
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

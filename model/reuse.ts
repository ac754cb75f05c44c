import type { ArticleRow } from './node-rows';

/** Text reuse between articles as the API and the article page read it. */

export type ReuseDirection = 'reuses' | 'reusedBy';

/** A span of one article's text. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface ReusePassageRow {
  /** In the article that reuses (the later one). */
  readonly reusing: TextSpan;
  /** In the article whose text is reused (the earlier one). */
  readonly reused: TextSpan;
}

export interface ReuseEdgeRow {
  /** The article at the other end. */
  readonly node: ArticleRow;
  readonly overlap: number;
  /** Words of the later article in reused passages. */
  readonly words: number;
  readonly passages: readonly ReusePassageRow[];
}

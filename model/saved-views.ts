/** Saved views as stored and read: plain rows shared by graph-db, the API and the pages. */

/** A saved view as listed (without its state payload or edit token). */
export interface SavedViewSummaryRow {
  readonly slug: string;
  readonly name: string;
  readonly description: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly mode: string;
  readonly nodeCount: number;
}

/** A saved view with its payload. `mode` is `live` or `snapshot`. */
export interface SavedViewRow extends SavedViewSummaryRow {
  readonly state: string;
  readonly positions: string;
  readonly viewport: string;
  readonly dataVersion: string | null;
  /**
   * A snapshot view's elements (GraphSlice JSON, evidence included) as fetched when it was saved;
   * null for live views. Only read by slug: lists leave it out, it can be large.
   */
  readonly snapshot?: string | null;
}

/** What is written for a view (create and update). */
export interface SavedViewFields {
  readonly name: string;
  readonly description: string;
  readonly state: string;
  readonly positions: string;
  readonly viewport: string;
  readonly mode: 'live' | 'snapshot';
  readonly dataVersion: string | null;
  readonly nodeCount: number;
  /** GraphSlice JSON of a snapshot view; null for live views (removes a stored one). */
  readonly snapshot: string | null;
}

/** What a fork changes; the rest is copied from the view it forks. */
export interface ForkFields {
  readonly name: string;
  /** Null keeps the forked view's description. */
  readonly description: string | null;
}

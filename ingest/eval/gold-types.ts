import type { DatePrecision, ExtractedQuote } from '../types';

/** One labelled article. Labels only: identifiers, keys and short surface forms, never the text. */
export interface GoldArticle {
  /** Which corpus the article comes from. */
  readonly corpus: 'kcna-2011' | 'kcna-2024' | 'seed';
  /** kcna-2011: the record's `url` (a day index, shared by ~30 articles: title + date disambiguate). */
  readonly url?: string;
  /** kcna-2024: the row's `link`. */
  readonly link?: string;
  readonly title: string;
  /** Publication date, ISO. */
  readonly date: string;
  readonly actors: readonly { readonly key: string; readonly surface: readonly string[] }[];
  readonly quotes: readonly { readonly speaker: string; readonly kind: ExtractedQuote['kind'] }[];
  readonly events: readonly {
    readonly date: string;
    readonly precision: DatePrecision;
    /** The date phrase as written, for the reader of the diff. */
    readonly text: string;
  }[];
  readonly note?: string;
  /**
   * `dev` (default): labelled first, then used while improving the extractor. `heldout`: labelled
   * after the extractor was tuned, before running it on them; see ingest/eval/README.md for which
   * held-out rounds later informed general fixes.
   */
  readonly split?: 'dev' | 'heldout';
}

/** A gold file: a list of labelled articles. */
export interface GoldFile {
  readonly articles: readonly GoldArticle[];
}

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
  /**
   * kcna-2011 repeats some date + title pairs over different texts: which record (1-based, in file
   * order) among those with this date and title. Absent means the first.
   */
  readonly occurrence?: number;
  /** Publication date, ISO. */
  readonly date: string;
  readonly actors: readonly { readonly key: string; readonly surface: readonly string[] }[];
  /**
   * Cited outlets (docs/annotation-rules.md, "Cited outlets"): one entry per cited outlet key, with
   * how it is cited and the stance. Absent in files labelled before the rules (not scored there).
   */
  readonly citations?: readonly {
    readonly outlet: string;
    readonly how: string;
    readonly stance: 'endorsing' | 'neutral' | 'hostile';
    /** The outlet's name as written, for the reader of the diff. */
    readonly surface?: string;
  }[];
  readonly quotes: readonly { readonly speaker: string; readonly kind: ExtractedQuote['kind'] }[];
  readonly events: readonly {
    readonly date: string;
    readonly precision: DatePrecision;
    /** The date phrase as written, for the reader of the diff. */
    readonly text: string;
  }[];
  /**
   * Quoted epithets (annotation rules, "Quoted epithets"): the phrase without quotation marks or
   * trailing punctuation, lower case, once per article. Absent in files labelled before the rules.
   */
  readonly epithets?: readonly string[];
  readonly note?: string;
  /** Pass 2 of the labelling: each change the check against the rules made, and why. */
  readonly review?: readonly string[];
  /**
   * `dev` (default): labelled first, then used while improving the extractor. `heldout`: labelled
   * after the extractor was tuned, before running it on them; see ingest/eval/README.md for which
   * held-out rounds later informed general fixes.
   */
  readonly split?: 'dev' | 'heldout' | 'untouched';
}

/** A gold file: a list of labelled articles. */
export interface GoldFile {
  readonly articles: readonly GoldArticle[];
}

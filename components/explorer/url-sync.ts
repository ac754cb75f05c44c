import {
  EMPTY_VIEW_STATE,
  encodeViewState,
  tryDecodeViewState,
  type ViewState,
} from '@/model/view-state';
import { historyKey } from './url-state';

const EMPTY_ENCODED = encodeViewState(EMPTY_VIEW_STATE);

/** What to write to the address bar for a new state. */
export interface UrlWrite {
  /** A new history entry for an exploration step; a replaced one for selection and query. */
  readonly mode: 'push' | 'replace';
  readonly encoded: string;
}

/** What the explorer state becomes when the router reports a URL. */
export type UrlRead =
  | { readonly type: 'load'; readonly state: ViewState }
  | { readonly type: 'invalid'; readonly message: string };

/**
 * Both directions of the `?s=` sync as a plain object (use-url-state.ts is its React shell), so
 * the order in which steps and router updates arrive can be tested without a browser.
 */
export class UrlStateSync {
  /** The last value written or accepted: tells our own writes from Back and edited links. */
  private synced: string | null;
  private syncedHistoryKey: string;
  /** What the page shows when its URL has no `?s=` (empty on `/`, the view on `/v/…`). */
  private readonly base: ViewState;
  /** `undefined` until the first report, so a `?s=` present at mount is loaded. */
  private lastUrlValue: string | null | undefined = undefined;

  /** `present`: the state the page was rendered with. */
  constructor(present: ViewState) {
    // Starting from the state (not the URL) makes a URL that disagrees with it win.
    this.synced = encodeViewState(present);
    this.syncedHistoryKey = historyKey(present);
    this.base = present;
  }

  /** State → URL: the write `present` needs, if any. */
  write(present: ViewState): UrlWrite | undefined {
    const encoded = encodeViewState(present);
    if (encoded === this.synced) return undefined;
    // A URL without `?s=` already means the empty state: writing `?s=<empty>` on mount cost a
    // history entry and raced with the first link the analyst clicked.
    if (this.synced === null && encoded === EMPTY_ENCODED) return undefined;
    this.synced = encoded;
    const key = historyKey(present);
    if (key === this.syncedHistoryKey) return { mode: 'replace', encoded };
    this.syncedHistoryKey = key;
    return { mode: 'push', encoded };
  }

  /**
   * URL → state: `urlValue` is the `?s=` the router reports (useSearchParams), `addressValue`
   * the one in the address bar now.
   *
   * The router hears of each pushState/replaceState in a transition of its own, rendered after
   * later clicks: a selection's URL can arrive after the Expand that followed it. Loading it
   * dropped the expansion (and a third step taken meanwhile, for good). Back, Forward and links
   * change the address bar before the router reports them, so a report that disagrees with the
   * address bar is one of our own writes, already overtaken: skipped.
   */
  read(urlValue: string | null, addressValue: string | null): UrlRead | undefined {
    if (urlValue === this.lastUrlValue) return undefined;
    const mounting = this.lastUrlValue === undefined;
    this.lastUrlValue = urlValue;
    if (urlValue === this.synced || urlValue !== addressValue) return undefined;
    if (urlValue === null) {
      if (mounting) return undefined;
      this.synced = encodeViewState(this.base);
      this.syncedHistoryKey = historyKey(this.base);
      return { type: 'load', state: this.base };
    }
    this.synced = urlValue;
    const result = tryDecodeViewState(urlValue);
    if (!result.ok) return { type: 'invalid', message: result.error.message };
    this.syncedHistoryKey = historyKey(result.state);
    return { type: 'load', state: result.state };
  }
}

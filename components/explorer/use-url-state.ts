'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useRef, type Dispatch } from 'react';
import {
  EMPTY_VIEW_STATE,
  encodeViewState,
  tryDecodeViewState,
  type ViewState,
} from '@/graph-db/model/view-state';
import type { ExplorerAction } from './explorer-state';
import { STATE_PARAM, historyKey, urlWithState } from './url-state';

const EMPTY_ENCODED = encodeViewState(EMPTY_VIEW_STATE);

/**
 * Keeps `?s=` and the explorer state in step, both ways. Each exploration step pushes a history
 * entry (Back undoes it, down to the page's own state); selection and query replace the entry. Back/forward and pasted links
 * load the URL's state. Pages rendering the explorer need a Suspense boundary around it
 * (`useSearchParams`); explorer.tsx provides one. An invalid `?s=` is reported through `onInvalid`.
 */
export function useUrlState(
  present: ViewState,
  dispatch: Dispatch<ExplorerAction>,
  onInvalid?: (message: string) => void,
): void {
  const pathname = usePathname();
  const params = useSearchParams();
  const urlValue = params.get(STATE_PARAM);
  // The last value this hook wrote or accepted: distinguishes our own navigations from Back.
  // Starting from the state (not the URL) makes a URL that disagrees with `initialState` win.
  const synced = useRef<string | null>(encodeViewState(present));
  const syncedHistoryKey = useRef<string>(historyKey(present));
  // What this page shows when its URL has no `?s=`: the state it was rendered with (empty on
  // `/`, the saved view on `/v/…`). Back to that entry must bring it back.
  const baseState = useRef(present);
  // `undefined` until the first run, so a `?s=` present at mount is loaded.
  const lastUrlValue = useRef<string | null | undefined>(undefined);
  const onInvalidRef = useRef(onInvalid);
  useEffect(() => {
    onInvalidRef.current = onInvalid;
  });

  // URL → state (back/forward, edited links).
  useEffect(() => {
    if (urlValue === lastUrlValue.current) return;
    const mounting = lastUrlValue.current === undefined;
    lastUrlValue.current = urlValue;
    if (urlValue === synced.current) return;
    if (urlValue === null) {
      if (mounting) return;
      const base = baseState.current;
      synced.current = encodeViewState(base);
      syncedHistoryKey.current = historyKey(base);
      dispatch({ type: 'load', state: base });
      return;
    }
    synced.current = urlValue;
    const result = tryDecodeViewState(urlValue);
    if (result.ok) {
      syncedHistoryKey.current = historyKey(result.state);
      dispatch({ type: 'load', state: result.state });
    } else {
      onInvalidRef.current?.(result.error.message);
    }
  }, [urlValue, dispatch]);

  // State → URL, through the History API: Next keeps useSearchParams in step without asking the
  // server to render the page again for every exploration step.
  useEffect(() => {
    const encoded = encodeViewState(present);
    if (encoded === synced.current) return;
    // A URL without `?s=` already means the empty state: writing `?s=<empty>` on mount cost a
    // history entry and raced with the first link the analyst clicked.
    if (synced.current === null && encoded === EMPTY_ENCODED) return;
    const key = historyKey(present);
    const url = urlWithState(pathname, window.location.search, encoded);
    synced.current = encoded;
    if (key !== syncedHistoryKey.current) {
      syncedHistoryKey.current = key;
      window.history.pushState(null, '', url);
    } else {
      window.history.replaceState(null, '', url);
    }
  }, [present, pathname]);
}

'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState, type Dispatch } from 'react';
import type { ViewState } from '@/model/view-state';
import type { ExplorerAction } from './explorer-state';
import { STATE_PARAM, urlWithState } from './url-state';
import { UrlStateSync } from './url-sync';

/**
 * Keeps `?s=` and the explorer state in step, both ways (the decisions are UrlStateSync's). Each
 * exploration step pushes a history entry (Back undoes it, down to the page's own state);
 * selection and query replace the entry. Back/forward and pasted links load the URL's state. Pages
 * rendering the explorer need a Suspense boundary around it (`useSearchParams`); explorer.tsx
 * provides one. An invalid `?s=` is reported through `onInvalid`.
 */
export function useUrlState(
  present: ViewState,
  dispatch: Dispatch<ExplorerAction>,
  onInvalid?: (message: string) => void,
): void {
  const pathname = usePathname();
  const params = useSearchParams();
  const urlValue = params.get(STATE_PARAM);
  const [sync] = useState(() => new UrlStateSync(present));
  const onInvalidRef = useRef(onInvalid);
  useEffect(() => {
    onInvalidRef.current = onInvalid;
  });

  // URL → state (back/forward, edited links).
  useEffect(() => {
    const address = new URLSearchParams(window.location.search).get(STATE_PARAM);
    const read = sync.read(urlValue, address);
    if (read?.type === 'load') dispatch({ type: 'load', state: read.state });
    else if (read?.type === 'invalid') onInvalidRef.current?.(read.message);
  }, [urlValue, dispatch, sync]);

  // State → URL, through the History API: Next keeps useSearchParams in step without asking the
  // server to render the page again for every exploration step.
  useEffect(() => {
    const write = sync.write(present);
    if (write === undefined) return;
    const url = urlWithState(pathname, window.location.search, write.encoded);
    if (write.mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, [present, pathname, sync]);
}

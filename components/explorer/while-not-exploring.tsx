'use client';

import { useSearchParams } from 'next/navigation';
import type { ReactNode } from 'react';
import { tryDecodeViewState } from '@/model/view-state';
import { STATE_PARAM } from './url-state';

/**
 * Shows its (server-rendered) children only while the URL's view state has no seeds and the
 * Citations view is closed: the home page's introduction gives the graph its room once exploring
 * starts, and comes back on Back.
 * Exploration steps change the URL through the History API, so this decides on the client.
 */
export function WhileNotExploring({ children }: { readonly children: ReactNode }) {
  const raw = useSearchParams().get(STATE_PARAM);
  const decoded = raw === null ? undefined : tryDecodeViewState(raw);
  const exploring =
    decoded?.ok === true &&
    (decoded.state.seeds.length > 0 ||
      decoded.state.expansions.length > 0 ||
      decoded.state.view === 'citations');
  return exploring ? null : children;
}

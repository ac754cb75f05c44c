import { encodeViewState, type ViewState } from '@/model/view-state';

/** Pure URL helpers for the `?s=` exploration state (the hook lives in use-url-state.ts). */

/** Name of the URL parameter holding the encoded view state. */
export const STATE_PARAM = 's';

/** `pathname?…` with `s` set to `encoded` (or removed when null), other parameters kept. */
export function urlWithState(pathname: string, search: string, encoded: string | null): string {
  const params = new URLSearchParams(search);
  if (encoded === null) params.delete(STATE_PARAM);
  else params.set(STATE_PARAM, encoded);
  const query = params.toString();
  return query === '' ? pathname : `${pathname}?${query}`;
}

/**
 * Key of the undoable part of a state: when it changes the URL gets a new history entry (so Back
 * undoes a step); selection and query changes only replace the current entry.
 */
export function historyKey(state: ViewState): string {
  const { selected: _selected, query: _query, citations, ...steps } = state;
  // The selected citation link is, like the selected node, where you look.
  const { link: _link, ...citationSteps } = citations ?? {};
  return encodeViewState(
    Object.keys(citationSteps).length > 0 ? { ...steps, citations: citationSteps } : steps,
  );
}

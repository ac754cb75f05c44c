/**
 * Edit tokens of saved views, kept in this browser's localStorage under the view's slug. The API
 * shows a token once (only its hash is stored), so whoever saved or forked a view owns it here.
 * Every access is guarded: storage can be disabled (private mode, blocked cookies) or full.
 */

const PREFIX = 'narragraph:view-token:';

/** The localStorage key of a slug's edit token. */
export function editTokenKey(slug: string): string {
  return `${PREFIX}${slug}`;
}

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

/** Remembers the token; false when the browser refuses to store it. */
export function storeEditToken(slug: string, token: string): boolean {
  try {
    const s = storage();
    if (s === undefined) return false;
    s.setItem(editTokenKey(slug), token);
    return true;
  } catch {
    return false;
  }
}

export function readEditToken(slug: string): string | undefined {
  try {
    return storage()?.getItem(editTokenKey(slug)) ?? undefined;
  } catch {
    return undefined;
  }
}

export function forgetEditToken(slug: string): void {
  try {
    storage()?.removeItem(editTokenKey(slug));
  } catch {
    // Nothing to forget when storage is unavailable.
  }
}

'use client';

import { useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';
import { markWatchRead, readWatchToken } from './watches-client';

/** "Mark read", for the browser that created the watch (it holds the edit token). */
export function MarkReadButton({ watchId }: { readonly watchId: string }) {
  const router = useRouter();
  const [token, setToken] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  // The token is read after hydration: the server never knows who owns a watch.
  useEffect(() => setToken(readWatchToken(watchId)), [watchId]);
  if (token === undefined) return null;
  return (
    <>
      <button
        type="button"
        data-testid="watch-mark-read"
        onClick={() => {
          markWatchRead(watchId, token).then(
            () => router.refresh(),
            (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
          );
        }}
      >
        Mark read
      </button>
      {error ? (
        <span className="error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}

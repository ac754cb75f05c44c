'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { readWatchToken } from './watches-client';

/**
 * A button for the browser that created the watch (it holds the edit token); nothing for others.
 * The token is read after hydration: the server never knows who owns a watch.
 */
export function EditorButton({
  watchId,
  testId,
  action,
  children,
}: {
  readonly watchId: string;
  readonly testId: string;
  readonly action: (editToken: string) => Promise<void>;
  readonly children: ReactNode;
}) {
  const [token, setToken] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => setToken(readWatchToken(watchId)), [watchId]);
  if (token === undefined) return null;
  return (
    <>
      <button
        type="button"
        data-testid={testId}
        onClick={() => {
          action(token).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
        }}
      >
        {children}
      </button>
      {error ? (
        <span className="error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}

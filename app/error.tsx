'use client';

import Link from 'next/link';
import { useEffect } from 'react';

/**
 * Any page that throws while rendering ends here (most often: Neo4j went away mid-request).
 * The message of server errors is hidden by Next in production; the digest links it to the log.
 */
export default function ErrorPage({
  error,
  reset,
}: {
  readonly error: Error & { digest?: string };
  readonly reset: () => void;
}) {
  useEffect(() => {
    // Keep the failure visible to whoever reads the browser console during a report.
    console.warn('page error', error.digest ?? error.message);
  }, [error]);
  return (
    <main>
      <h1>Something went wrong</h1>
      <p className="notice error" role="alert" data-testid="page-error">
        This page could not be shown. The graph database may be busy or unreachable.
        {error.digest ? ` (reference ${error.digest})` : ''}
      </p>
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>{' '}
        or go back to the <Link href="/">explorer</Link>.
      </p>
    </main>
  );
}

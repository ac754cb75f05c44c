'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import type { DemoLoadStatus } from '@/model/demo-load';

/** How often the banner asks how far the load is. */
const POLL_MS = 1_000;

/**
 * Says that the demo data is still loading, with its progress, while `npm start` loads it in the
 * background; gone (and the page re-read) once it is done.
 */
export function DemoLoadBanner({ initial }: { readonly initial: DemoLoadStatus | null }) {
  const [status, setStatus] = useState(initial);
  const router = useRouter();
  useEffect(() => {
    if (status === null) return;
    const timer = setTimeout(() => {
      fetch('/api/demo-load', { cache: 'no-store' })
        .then((response) => response.json() as Promise<{ status: DemoLoadStatus | null }>)
        .then((body) => {
          // A fresh object each answer, so the next tick is scheduled.
          setStatus(body.status);
          if (body.status === null) router.refresh();
        })
        // The server may be restarting: ask again at the next tick.
        .catch(() => setStatus((current) => current && { ...current }));
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [status, router]);
  if (status === null) return null;
  return (
    <p className="notice demo-load" role="status" aria-live="polite" data-testid="demo-load">
      Loading the demo data: {status.stored.toLocaleString('en')} articles stored (
      <span data-testid="demo-load-percent">{Math.floor(status.fraction * 100)}</span>% read). The
      graph fills in as it loads; this page refreshes when it is done.
    </p>
  );
}

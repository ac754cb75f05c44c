import Link from 'next/link';
import { Suspense } from 'react';
import { repositories } from '@/graph-db/repositories';
import { UNREAD_BADGE_CAP } from '@/model/watches';

async function UnreadBadge() {
  let unread: number;
  try {
    unread = await repositories.watches.unreadTotal();
  } catch {
    // The badge is a hint: a page whose database is down says so itself.
    return null;
  }
  if (unread === 0) return null;
  const label = unread >= UNREAD_BADGE_CAP ? `${UNREAD_BADGE_CAP}+` : String(unread);
  return (
    <span className="badge" data-testid="watches-badge" aria-label={`${label} unread alerts`}>
      {label}
    </span>
  );
}

/** The navigation's Watches link with the count of unread alerts, streamed in after the page. */
export function WatchesNavLink() {
  return (
    <Link href="/watches">
      Watches
      <Suspense fallback={null}>
        <UnreadBadge />
      </Suspense>
    </Link>
  );
}

import Link from 'next/link';

/** Unknown routes, ids that name no node, slugs that name no saved view. */
export default function NotFound() {
  return (
    <main>
      <h1>Not found</h1>
      <p className="notice" data-testid="not-found">
        Nothing is stored under this address. The node may have been merged or the saved view
        deleted.
      </p>
      <p>
        <Link href="/">Search the graph</Link> or browse the <Link href="/views">saved views</Link>.
      </p>
    </main>
  );
}

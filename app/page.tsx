import { repositories } from '@/graph-db/repositories';
import { DatabaseStatus } from '@/components/ui/database-status';

// Reads live graph data: never prerender at build time.
export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const health = await repositories.health.health().then(
    (row) => ({ ok: true as const, row }),
    (error: unknown) => ({
      ok: false as const,
      message: error instanceof Error ? error.message : String(error),
    }),
  );
  return (
    <main>
      <h1>Narragraph</h1>
      <p>
        Explore how state-media narratives travel: who is named, which past events are cited, which
        outlets quote which.
      </p>
      <DatabaseStatus health={health} />
    </main>
  );
}

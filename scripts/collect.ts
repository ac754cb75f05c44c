/**
 * `npm run collect`: polls the configured feeds (docs/collect.md). `--once` polls every due feed
 * once and exits; without it, runs until Ctrl-C with one log line per poll. Uses NEO4J_URI, else
 * the local Neo4j (started for the run and stopped after, unless it was already running).
 */
import { closeDriver } from '../graph-db/driver';
import { applyMigrations } from '../graph-db/migrations/migrations';
import { deliverPendingAlerts } from '../delivery/webhook';
import { alertRepository } from '../graph-db/repositories/alert-repository';
import { feedRepository } from '../graph-db/repositories/feed-repository';
import { ConfigError, configFilePath, loadCollectSettings } from '../ingest/collect/collect-config';
import { createCollector } from '../ingest/collect/collector';
import { createDefaultExtractor } from '../ingest/default-extractor';
import { collectStore, syncConfiguredFeeds } from './lib/collect-store';
import { ensureDatabase, exitOnKnownError } from './lib/local-database';

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const FLAGS = ['--once', '--all'];
if (args.includes('--help') || args.some((arg) => !FLAGS.includes(arg))) {
  console.log(
    'Usage: npm run collect [-- --once [--all]]\n  polls the feeds, pages and folders of the config file (NARRAGRAPH_CONFIG or narragraph.config.json) and those added with addFeed\n  --once: poll the due feeds once and exit; --all: with --once, every unpaused feed, due or not',
  );
  process.exit(args.includes('--help') ? 0 : 2);
}
const once = args.includes('--once');
const all = args.includes('--all');
const log = (line: string) => console.log(`${new Date().toISOString()} ${line}`);

try {
  let settings;
  try {
    settings = await loadCollectSettings();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(2);
  }
  const database = await ensureDatabase();
  await applyMigrations();
  await syncConfiguredFeeds(settings);
  const feeds = await feedRepository.count();
  log(
    `collect: ${feeds} feed${feeds === 1 ? '' : 's'} (config: ${configFilePath() ?? 'none'}); ${once ? `polling ${all ? 'every unpaused feed' : 'those due'} once` : 'running until stopped'}`,
  );
  const deliver = async () => {
    const delivered = await deliverPendingAlerts(alertRepository);
    if (delivered > 0) log(`  ${delivered} alert webhook${delivered === 1 ? '' : 's'} delivered`);
  };
  const collector = createCollector({
    settings,
    store: collectStore,
    extract: createDefaultExtractor(),
    log,
    // Collected articles raise watch alerts in their write; their webhooks go out at once.
    afterStored: deliver,
    // Webhooks whose receiver failed are tried again when their next round is due.
    onTick: deliver,
  });
  if (once) {
    const reports = await collector.pollDue({ all });
    log(`collect: polled ${reports.length} feed${reports.length === 1 ? '' : 's'}`);
    await deliver();
  } else {
    const stop = new AbortController();
    process.once('SIGINT', () => stop.abort());
    process.once('SIGTERM', () => stop.abort());
    await collector.run(stop.signal);
    log('collect: stopped');
  }
  await closeDriver();
  await database?.stop();
} catch (error) {
  exitOnKnownError(error);
}

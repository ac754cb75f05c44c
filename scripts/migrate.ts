/** `npm run db:migrate`: applies the schema migrations to NEO4J_URI, or to the local Neo4j. */
import { closeDriver, verifyDriver } from '../graph-db/driver';
import { applyMigrations } from '../graph-db/migrations/migrations';
import { ensureDatabase, exitOnKnownError } from './lib/local-database';

try {
  const running = await ensureDatabase();
  console.log(`Connected to ${await verifyDriver()}.`);
  const applied = await applyMigrations();
  console.log(`Schema is up to date (${applied.length} migrations).`);
  await closeDriver();
  await running?.stop();
} catch (error) {
  exitOnKnownError(error);
}

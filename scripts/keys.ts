/**
 * `npm run keys -- create --name <name> [--scope write|read]`, `list`, `revoke <id>`: API keys for
 * the GraphQL API. Only a key's SHA-256 is stored; `create` prints the key once. Uses NEO4J_URI,
 * else the local Neo4j (started for the command and stopped after, unless it was already running).
 */
import { parseArgs } from 'node:util';
import { closeDriver } from '../graph-db/driver';
import { applyMigrations } from '../graph-db/migrations/migrations';
import {
  apiKeyRepository,
  type ApiKeyRow,
  type ApiKeyScope,
} from '../graph-db/repositories/api-key-repository';
import { ensureDatabase, exitOnKnownError } from './lib/local-database';

const USAGE = `Usage:
  npm run keys -- create --name "<who uses it>" [--scope write|read]
  npm run keys -- list
  npm run keys -- revoke <id>
A write key may run every mutation (ingest) and read; a read key only reads (needed when
NARRAGRAPH_REQUIRE_READ_KEY=true). Send it as \`Authorization: Bearer <key>\`.`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function describe(row: ApiKeyRow): string {
  const state = row.revokedAt ? `revoked ${row.revokedAt}` : 'active';
  const used = row.lastUsedAt ? `last used ${row.lastUsedAt}` : 'never used';
  return `${row.id}  ${row.scope.padEnd(5)}  ${state.padEnd(8)}  created ${row.createdAt}  ${used}  ${row.name}`;
}

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const command = args[0];
if (command === undefined || command === '--help' || command === 'help') {
  console.log(USAGE);
  process.exit(command === undefined ? 2 : 0);
}

let run: () => Promise<void>;
if (command === 'create') {
  const { values } = parseArgs({
    args: args.slice(1),
    options: { name: { type: 'string' }, scope: { type: 'string', default: 'write' } },
    strict: true,
  });
  const name = values.name?.trim();
  if (!name) fail('create needs --name, saying who or what uses the key.');
  if (name.length > 200) fail('--name must be at most 200 characters.');
  if (values.scope !== 'write' && values.scope !== 'read')
    fail(`--scope must be write or read, got '${values.scope}'.`);
  const scope: ApiKeyScope = values.scope;
  run = async () => {
    const { key, row } = await apiKeyRepository.create(name, scope);
    console.log(
      `Created ${row.scope} key ${row.id} for "${row.name}". The key, shown only this once:\n`,
    );
    console.log(`  ${key}\n`);
    console.log('Store it now: only its hash is kept. Send it as `Authorization: Bearer <key>`.');
  };
} else if (command === 'list') {
  run = async () => {
    const rows = await apiKeyRepository.list();
    if (rows.length === 0) console.log('No API keys yet: `npm run keys -- create --name <name>`.');
    for (const row of rows) console.log(describe(row));
  };
} else if (command === 'revoke') {
  const id = args[1];
  if (!id) fail('revoke needs the key id (the first column of `npm run keys -- list`).');
  run = async () => {
    const row = await apiKeyRepository.revoke(id);
    if (!row) {
      console.error(`No API key with id '${id}'.`);
      process.exitCode = 1;
      return;
    }
    console.log(`Revoked: ${describe(row)}`);
    console.log('Running servers stop accepting it within 10 s.');
  };
} else {
  fail(`Unknown command '${command}'.`);
}

try {
  const database = await ensureDatabase();
  await applyMigrations();
  await run();
  await closeDriver();
  await database?.stop();
} catch (error) {
  exitOnKnownError(error);
}

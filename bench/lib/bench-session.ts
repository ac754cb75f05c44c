import { closeDriver } from '@/graph-db/driver';
import { createBenchKeys, ensureBenchGraph, ensureBuild, startBenchNeo4j } from './bench-graph';
import { readVocabulary, type Vocabulary } from './operation-mix';

export interface BenchSession {
  readonly neo4jUri: string;
  /** The benchmark Neo4j's process, whose CPU time the benchmarks report. */
  readonly neo4jPid: number;
  readonly vocabulary: Vocabulary;
  /** Read-scoped API keys, one per simulated client. */
  readonly keys: readonly string[];
}

/**
 * What bench:api and bench:load share around their runs: the benchmark Neo4j with its graph of
 * `articles`, a current production build, the vocabulary of the operation pools, and `clients`
 * API keys; afterwards the keys are revoked and Neo4j stopped (unless it was already running).
 */
export async function runBenchSession(
  name: string,
  options: { readonly articles: number; readonly poolSize: number; readonly clients: number },
  work: (session: BenchSession) => Promise<void>,
): Promise<void> {
  const neo4j = await startBenchNeo4j();
  let revoke = async () => {};
  try {
    await ensureBenchGraph(options.articles);
    ensureBuild();
    const vocabulary = await readVocabulary(options.poolSize);
    const clients = await createBenchKeys(options.clients, name);
    revoke = clients.revoke;
    await work({ neo4jUri: neo4j.uri, neo4jPid: neo4j.pid, vocabulary, keys: clients.keys });
  } finally {
    await revoke();
    await closeDriver();
    await neo4j.stop();
  }
}

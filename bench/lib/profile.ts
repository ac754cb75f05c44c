/** What the read profiles (bench/*-profile.ts) share. */
import { closeDriver, type readTransaction } from '@/graph-db/driver';

/** The transaction a read runs in (bench/ names no driver type). */
export type ManagedTransaction = Parameters<Parameters<typeof readTransaction>[0]>[0];

type RunResult = Awaited<ReturnType<ManagedTransaction['run']>>;

/**
 * `tx` with every `run` timed (until its records are in): `record` gets the statement, its time
 * and its result, for the profiles to name and count as they need.
 */
export function timedTransaction(
  tx: ManagedTransaction,
  record: (cypher: string, ms: number, result: RunResult) => void,
): ManagedTransaction {
  return new Proxy(tx, {
    get(target, property, receiver) {
      if (property !== 'run') return Reflect.get(target, property, receiver) as unknown;
      return async (cypher: string, parameters?: Record<string, unknown>) => {
        const started = performance.now();
        const result = await target.run(cypher, parameters);
        record(cypher, performance.now() - started, result);
        return result;
      };
    },
  });
}

/** Runs a profile's `main`, then closes the driver; a failure sets the exit code. */
export function runProfile(main: () => Promise<void>): void {
  main()
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(() => closeDriver());
}

/**
 * Settings shared by the fuzz tests: a fixed seed so a failure reproduces (`FUZZ_SEED`), a case
 * multiplier (`FUZZ_SCALE`) and the hang bound (`FUZZ_HANG_MS`).
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20210801);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);

/** fast-check parameters for `n` cases at the configured seed and scale. */
export const runs = (n: number): { seed: number; numRuns: number } => ({
  seed: SEED,
  numRuns: Math.max(1, Math.round(n * SCALE)),
});

/**
 * A hang detector, not a speed target: a sound parse of these inputs takes milliseconds, the
 * pathological ones at most a few hundred on this 2-core machine; the bugs it caught took from
 * 2.5 s to minutes. 5 s leaves room for a loaded CI machine.
 */
export const HANG_MS = Number(process.env.FUZZ_HANG_MS ?? 5000);

/** Runs `run` and fails when it took longer than the hang bound. */
export function timed<T>(label: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  const elapsed = performance.now() - start;
  if (elapsed > HANG_MS) {
    throw new Error(`${label} took ${Math.round(elapsed)} ms (hang bound ${HANG_MS} ms)`);
  }
  return result;
}

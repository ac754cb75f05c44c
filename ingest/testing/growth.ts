/**
 * Growth-ratio measurement for the linear-time fuzz tests. A stage runs on a text of n units and of
 * 8n units; linear code takes about 8x as long (up to ~12x once the text outgrows the CPU caches),
 * quadratic code about 64x. n doubles until the small run takes long enough to time, so the ratio
 * compares real work instead of timer noise, and no fixed slack can hide a quadratic stage.
 */
import { timed } from './fuzz-settings';

/** Size factor between the small and the large run. */
export const GROWTH_FACTOR = 8;
/** Largest time ratio accepted as linear: well above 8-12x, well below the quadratic 64x. */
export const LINEAR_RATIO_BOUND = 24;

/**
 * The least CPU time (this process's user + system, ms) of a few runs. CPU time rather than wall
 * time: on a loaded machine a long run is preempted more often than a short one, which inflated
 * wall-time ratios past the bound with no change in the code (load 15-28 on 2 cores).
 */
function fastest(run: () => unknown, repeats = 3): number {
  let best = Infinity;
  for (let i = 0; i < repeats; i++) {
    const start = process.cpuUsage();
    timed('extraction', run);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

export interface Growth {
  readonly n: number;
  readonly smallMs: number;
  readonly largeMs: number;
  readonly ratio: number;
}

/**
 * Times `stage(text(n))` against `stage(text(8n))`, doubling n from `startN` until the small run
 * takes at least `minMs` (or n reaches `maxN`).
 */
export function measureGrowth(
  text: (units: number) => string,
  stage: (t: string) => () => unknown,
  {
    startN = 500,
    minMs = 8,
    maxN = 64_000,
  }: { startN?: number; minMs?: number; maxN?: number } = {},
): Growth {
  let n = startN;
  let smallMs = fastest(stage(text(n)));
  while (smallMs < minMs && n < maxN) {
    n *= 2;
    smallMs = fastest(stage(text(n)));
  }
  const largeMs = fastest(stage(text(GROWTH_FACTOR * n)));
  return { n, smallMs, largeMs, ratio: largeMs / Math.max(smallMs, 0.001) };
}

/** A readable verdict for an assertion message. */
export const describeGrowth = (g: Growth): string =>
  `${GROWTH_FACTOR}n=${GROWTH_FACTOR * g.n} units took ${g.largeMs.toFixed(1)} ms against ${g.smallMs.toFixed(1)} ms for n=${g.n}: ${g.ratio.toFixed(1)}x (linear ~${GROWTH_FACTOR}x, quadratic ~${GROWTH_FACTOR ** 2}x)`;

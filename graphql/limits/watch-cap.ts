/**
 * How many watches one graph holds (`NARRAGRAPH_MAX_WATCHES`, default 1,000). Anyone may create a
 * watch without a key, and every ingest batch reads the search watches and walks out to the
 * watched nodes, so their number is bounded like feeds are.
 */
export const DEFAULT_MAX_WATCHES = 1_000;

export function maxWatches(
  env: Readonly<Record<string, string | undefined>> = process.env,
): number {
  const raw = env.NARRAGRAPH_MAX_WATCHES;
  if (raw === undefined || raw.trim() === '') return DEFAULT_MAX_WATCHES;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`NARRAGRAPH_MAX_WATCHES must be a whole number of at least 1, got '${raw}'`);
  }
  return value;
}

/**
 * The mentions not strictly inside another one's span: `the Foreign Ministry of the DPRK` named
 * within `the Disarmament and Peace Institute of the Foreign Ministry of the DPRK` is a parent, not
 * the speaker. Two mentions of the same span both stay.
 */
export function withoutNested<T extends { readonly start: number; readonly end: number }>(
  ms: readonly T[],
): T[] {
  // Sorted by start, a mention nested in an earlier one ends at or before the widest end so far.
  const sorted = [...ms].sort((a, b) => a.start - b.start || b.end - a.end);
  const inside = new Set<T>();
  let widest: T | undefined;
  for (const m of sorted) {
    if (
      widest !== undefined &&
      m.end <= widest.end &&
      (m.start > widest.start || m.end < widest.end)
    )
      inside.add(m);
    else widest = m;
  }
  return ms.filter((m) => !inside.has(m));
}

/** Small display helpers shared by the pages. */

export function formatCount(n: number): string {
  return n.toLocaleString('en');
}

/** "12 days later", "same day", "3 days earlier" for a citation lag. */
export function formatLag(days: number | null): string | null {
  if (days === null) return null;
  if (days === 0) return 'cited the same day';
  const abs = Math.abs(days);
  return `cited ${formatCount(abs)} day${abs === 1 ? '' : 's'} ${days > 0 ? 'later' : 'before it happened'}`;
}

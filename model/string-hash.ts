/**
 * FNV-1a over a string's UTF-16 code units, as an unsigned 32-bit number: a cheap, stable hash
 * for ids and jitter, not for security.
 */
export function fnv1a(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

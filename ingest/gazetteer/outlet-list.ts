import { existsSync, readFileSync } from 'node:fs';
import { slugify } from '../keys';
import type { GazetteerEntry } from './types';

/**
 * Words that appear as outlet names in the EUvsDisinfo list but are far more often ordinary words
 * or places in our texts; matching them would flood the graph with false outlets.
 */
const UNSAFE_NAMES = new Set(
  [
    'agora',
    'alia',
    'blic',
    'kont',
    'nash',
    'mir',
    'news',
    'today',
    'the world',
    'pravda',
    'facebook',
    'twitter',
    'youtube',
    'telegram',
    'instagram',
    'vk',
    'vkontakte',
    'reddit',
    'europe',
    'ukraine',
    'russia',
    'georgia',
    'moldova',
    'belarus',
    'armenia',
    'syria',
    'world',
    'politics',
    'opinion',
    'analytics',
    'regnum',
    'reporter',
    'observer',
    'sputnik',
    'rt',
    // `Capital Construction`, `Federal Capital Territory`: KCNA's prose, never the outlet.
    'capital',
  ].map((w) => w.toLowerCase()),
);

/**
 * Cleans one EUvsDisinfo outlet line: drops platform suffixes (` - YouTube`), timestamps and
 * parenthesised notes, and rejects names too short or too generic to match safely.
 */
export function cleanOutletName(line: string): string | undefined {
  let name = line.trim();
  name = name.replace(/\s*@.*$/, '');
  name = name.replace(/\s*\(.*?\)\s*/g, ' ');
  name = name.replace(/\s+-\s+(YouTube|Facebook|Twitter|Telegram|VK|Instagram|Youtube)\b.*$/i, '');
  name = name.replace(/\s+(time\s+)?\d{1,2}[:.]\d{2}.*$/i, '');
  name = name.replace(/[."']+$/, '').trim();
  if (name.length < 3) return undefined;
  if (!/\p{L}{2}/u.test(name)) return undefined;
  if (/^[\d\s:.-]+$/.test(name)) return undefined;
  if (UNSAFE_NAMES.has(name.toLowerCase())) return undefined;
  const words = name.split(/\s+/);
  // A single ordinary capitalised word (`Fontanka` is fine, `Agora` is not) cannot be told apart
  // from prose; require a domain, an acronym, or a multi-word name, or a long distinctive word.
  if (words.length === 1) {
    const w = words[0] ?? '';
    const isDomain = /\.[a-z]{2,}$/i.test(w);
    const isAcronym = /^[A-Z0-9-]{3,}$/.test(w);
    if (!isDomain && !isAcronym && w.length < 6) return undefined;
    if (!isDomain && /^[a-z]/.test(w)) return undefined;
  }
  return name;
}

/**
 * Outlet entries from a one-name-a-line file (the EUvsDisinfo list). Returns [] when the file is
 * absent so the gazetteer works without it. Names are matched case-sensitively as written.
 */
export function loadOutletList(path: string): GazetteerEntry[] {
  if (!existsSync(path)) return [];
  const seen = new Map<string, GazetteerEntry>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const name = cleanOutletName(line);
    if (name === undefined) continue;
    const key = `outlet:${slugify(name)}`;
    if (key === 'outlet:' || seen.has(key)) continue;
    seen.set(key, { key, name, kind: 'outlet', aliases: [name], priority: 10 });
  }
  return [...seen.values()];
}

import { countryEntries } from './countries';
import { organizationEntries } from './organizations';
import { outletEntries } from './outlets';
import { peopleEntries } from './people';
import type { GazetteerEntry } from './types';

export type { GazetteerEntry } from './types';
export { COUNTRIES, COUNTRY_BY_KEY } from './countries';
export { loadOutletList, cleanOutletName } from './outlet-list';

/**
 * Phrases that contain an actor alias but name something else (`Latin America` is not the United
 * States, `Indian Ocean` is not India). Matching them as a unit blocks the shorter alias.
 */
const BLOCKING_PHRASES = [
  'Latin America',
  'Latin American',
  'Latin Americans',
  'South America',
  'South American',
  'North America',
  'North American',
  'Central America',
  'Central American',
  'American continent',
  // The Americas as a region (`the American regional preparatory committee`), not the United
  // States; the capitalised name of that committee is left to the body pattern.
  'American region',
  'American regional',
  'Indian Ocean',
  'Arabian Sea',
  'Japanese Sea',
  'Sea of Japan',
  'South China Sea',
  'East China Sea',
  'Guinea pigs',
  'guinea pigs',
  'New Guinea',
  'Korean Peninsula',
  'Korean peninsula',
  'Korean War',
  'Russian Far East',
  'Persian Gulf',
  'Turkish coffee',
  'French fries',
  // Buildings whose names end in a body's head noun.
  'Sci-Tech Complex',
  'Tanegashima Space Center',
  'Kim Il Sung Square',
  'Taedonggang Diplomatic Corps Club',
  'Kim Il Sung Stadium',
  'Kim Il Sung Prize',
  'Kim Jong Il Prize',
  'Kim Il Sung Order',
  'Kim Jong Il Order',
  // KCNA's Spanish service: the Political Bureau, not the outlet Politico.
  'Buró Político',
  'Buro Politico',
];

/** One surface form in the first-token index. */
export interface SurfaceCandidate {
  readonly surface: string;
  /** Compare lower-cased (surface is stored lower-cased too). */
  readonly caseInsensitive: boolean;
  /** undefined for blocking phrases: consume the span, emit nothing. */
  readonly entry: GazetteerEntry | undefined;
}

/**
 * A compiled gazetteer: entries by key and surface forms in a two-level word trie. Surface forms of
 * one word sit under that word; longer ones under `first second`, so the common first words
 * (`the`, `Ministry`) do not force a scan of hundreds of generated ministry names.
 */
export interface Gazetteer {
  readonly entries: ReadonlyMap<string, GazetteerEntry>;
  /** Key: first word, or first and second word joined by a space; lower-cased for case-insensitive forms. */
  readonly byFirstToken: ReadonlyMap<string, readonly SurfaceCandidate[]>;
  /** First words that start any surface form (as written and lower-cased). */
  readonly firstWords: ReadonlySet<string>;
}

/** Options for {@link buildGazetteer}. */
export interface GazetteerOptions {
  /** Extra entries (e.g. from `loadOutletList`), lower precedence than our own lists. */
  readonly extra?: readonly GazetteerEntry[];
}

const WORDS = /[\p{L}\p{N}]+/gu;

function apostropheVariants(surface: string): string[] {
  if (!/['’]/.test(surface)) return [surface];
  return [surface.replace(/’/g, "'"), surface.replace(/'/g, '’')];
}

/**
 * Compiles entry lists into a first-token index. Each surface form is owned by one entry: the one
 * with the lowest priority number, then the first listed, so one real entity keeps one key.
 */
export function buildGazetteer(options: GazetteerOptions = {}): Gazetteer {
  const all: GazetteerEntry[] = [
    ...countryEntries(),
    ...organizationEntries(),
    ...outletEntries(),
    ...peopleEntries(),
    ...(options.extra ?? []),
  ];
  const entries = new Map<string, GazetteerEntry>();
  const owner = new Map<string, { entry: GazetteerEntry | undefined; ci: boolean; rank: number }>();
  const claim = (surface: string, entry: GazetteerEntry | undefined, ci: boolean): void => {
    const rank = entry?.priority ?? 0;
    const id = ci ? `ci:${surface.toLowerCase()}` : `cs:${surface}`;
    const prior = owner.get(id);
    if (prior !== undefined && prior.rank <= rank) return;
    // A case-sensitive form already owned by our lists also blocks a case-insensitive duplicate.
    if (ci && owner.has(`cs:${surface}`)) return;
    if (
      !ci &&
      entry !== undefined &&
      (owner.get(`ci:${surface.toLowerCase()}`)?.rank ?? 99) <= rank
    )
      return;
    owner.set(id, { entry, ci, rank });
  };
  for (const phrase of BLOCKING_PHRASES) claim(phrase, undefined, false);
  for (const entry of all) {
    if (!entries.has(entry.key)) entries.set(entry.key, entry);
    const canonical = entries.get(entry.key) ?? entry;
    for (const alias of entry.aliases)
      for (const v of apostropheVariants(alias)) claim(v, canonical, false);
    for (const alias of entry.aliasesCi ?? [])
      for (const v of apostropheVariants(alias)) claim(v, canonical, true);
  }
  const byFirstToken = new Map<string, SurfaceCandidate[]>();
  const firstWords = new Set<string>();
  for (const [id, { entry, ci }] of owner) {
    const surface = id.slice(3);
    const words = surface.match(WORDS) ?? [];
    const first = words[0];
    if (first === undefined) continue;
    const trieKey = words.length === 1 ? first : `${first} ${words[1] ?? ''}`;
    const bucketKey = ci ? trieKey.toLowerCase() : trieKey;
    firstWords.add(ci ? first.toLowerCase() : first);
    const bucket = byFirstToken.get(bucketKey) ?? [];
    bucket.push({ surface: ci ? surface.toLowerCase() : surface, caseInsensitive: ci, entry });
    byFirstToken.set(bucketKey, bucket);
  }
  // Longest first so `United States of America` wins over `United States`.
  for (const bucket of byFirstToken.values())
    bucket.sort((a, b) => b.surface.length - a.surface.length);
  return { entries, byFirstToken, firstWords };
}

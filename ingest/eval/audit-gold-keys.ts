/**
 * Lists every key-rule violation in the gold and blind label files that can be found without
 * reading the articles (labelling-guide.md, "Keys" and "Cited outlets"). It changes nothing: each
 * flag is a question for a reader of the article, not a verdict (the gazetteer can be wrong too).
 *
 *   npx tsx ingest/eval/audit-gold-keys.ts [--text] [--malformed-only] [files...]
 *
 * `--text` also reads each article's body from ../shared/corpus (as the eval does) and checks that
 * every surface is written there and that a key outside the gazetteer spells the first full form.
 *
 * Exits 1 when a key is malformed (kind not allowed, slug not slugified): that is never a judgement
 * call. Every other flag is printed and leaves the exit code at 0.
 */
import { readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildGazetteer,
  type Gazetteer,
  type GazetteerEntry,
  type SurfaceCandidate,
} from '../gazetteer';
import { multilingualNames } from '../gazetteer/multilingual';
import { slugify } from '../keys';
import { ACTOR_KINDS } from '../types';
import type { GoldArticle, GoldFile } from './gold-types';
import { goldKey, labelFiles } from './gold-keys';
import { loadRawArticles } from './load-raw-articles';

export type FlagKind =
  /** Kind not allowed, or slug not equal to slugify(slug). */
  | 'malformed'
  /** The key is not the gazetteer's, but a surface or the key's own name is a gazetteer alias. */
  | 'not-gazetteer-key'
  /** A gazetteer entity labelled under its key and again under another key in one article. */
  | 'two-keys'
  /** The key is the gazetteer's, but a surface is another gazetteer entity's alias. */
  | 'surface-elsewhere'
  /** One key listed twice in one article's actors, or one outlet twice in its citations. */
  | 'duplicate-key'
  /** One surface form under two actor keys of one article. */
  | 'shared-surface'
  /** A cited outlet that is not an actor of its article (the guide: it is also an actor). */
  | 'citation-not-actor'
  /** A cited outlet of a kind that cannot be cited (people, countries, groups). */
  | 'citation-kind'
  /** A quote speaker that is not an actor of its article. */
  | 'speaker-not-actor'
  /** A body the gazetteer lists once per country (foreign, defence ministries), keyed with none. */
  | 'body-without-country'
  /** A country key the gazetteer does not hold (countries are all listed, bare Korea aside). */
  | 'unknown-country'
  /** A key outside the gazetteer whose slug is no surface's slug (people: as the text spells them). */
  | 'key-not-from-surface'
  /** With the text: a surface the article's body does not write. */
  | 'surface-not-in-text'
  /** With the text: a key outside the gazetteer spelled from a later form than the first full one. */
  | 'key-not-first-written';

export interface KeyFlag {
  readonly kind: FlagKind;
  readonly key: string;
  /** The gazetteer key the label should probably carry, when there is one. */
  readonly suggested?: string;
  readonly detail: string;
}

/** What the audit looks keys up in: gazetteer entries, their surface forms and their slugs. */
export interface KeyIndex {
  readonly entries: ReadonlyMap<string, GazetteerEntry>;
  /** Gazetteer key of a surface form as written (or lower-cased, for case-insensitive forms). */
  resolve(surface: string): string | undefined;
  /** Gazetteer keys whose name or an alias slugifies to this slug (any kind). */
  bySlug(slug: string): readonly string[];
  /** Gazetteer keys whose name or an alias slugifies to this slug once hyphens are dropped. */
  byCompactSlug(slug: string): readonly string[];
  /** Gazetteer outlets and organizations whose alias is written inside this text (word-aligned). */
  inside(text: string): readonly { readonly key: string; readonly written: string }[];
}

const WORDS = /[\p{L}\p{N}]+/gu;

/** Index over the gazetteer's own lookup table (`byFirstToken`) and its multilingual names. */
export function buildKeyIndex(gazetteer: Gazetteer = buildGazetteer()): KeyIndex {
  const multilingual = new Map<string, string | undefined>();
  for (const name of multilingualNames()) multilingual.set(name.surface, name.key);
  const slugs = new Map<string, Set<string>>();
  const compact = new Map<string, Set<string>>();
  const put = (map: Map<string, Set<string>>, id: string, key: string): void => {
    const set = map.get(id) ?? new Set<string>();
    set.add(key);
    map.set(id, set);
  };
  for (const entry of gazetteer.entries.values()) {
    for (const form of [entry.name, ...entry.aliases, ...(entry.aliasesCi ?? [])]) {
      const slug = slugify(form.replace(/^the\s+/i, ''));
      put(slugs, slug, entry.key);
      put(compact, slug.replace(/-/g, ''), entry.key);
    }
  }
  const candidates = (first: string, second: string | undefined): SurfaceCandidate[] => {
    const out: SurfaceCandidate[] = [];
    for (const trieKey of second === undefined ? [first] : [first, `${first} ${second}`]) {
      for (const c of gazetteer.byFirstToken.get(trieKey) ?? [])
        if (!c.caseInsensitive) out.push(c);
      for (const c of gazetteer.byFirstToken.get(trieKey.toLowerCase()) ?? [])
        if (c.caseInsensitive) out.push(c);
    }
    return out;
  };
  const exact = (surface: string): string | undefined => {
    const words = surface.match(WORDS) ?? [];
    const first = words[0];
    if (first === undefined) return undefined;
    const trieKey = words.length === 1 ? first : `${first} ${words[1] ?? ''}`;
    const cs = gazetteer.byFirstToken
      .get(trieKey)
      ?.find((c) => !c.caseInsensitive && c.surface === surface);
    if (cs !== undefined) return cs.entry?.key;
    const lower = surface.toLowerCase();
    const ci = gazetteer.byFirstToken
      .get(trieKey.toLowerCase())
      ?.find((c) => c.caseInsensitive && c.surface === lower);
    if (ci !== undefined) return ci.entry?.key;
    return multilingual.get(surface);
  };
  const inside = (text: string): { key: string; written: string }[] => {
    const words = [...text.matchAll(WORDS)];
    const found: { key: string; written: string }[] = [];
    words.forEach((w, i) => {
      const at = w.index;
      for (const c of candidates(w[0], words[i + 1]?.[0])) {
        const kind = c.entry?.kind;
        if (c.entry === undefined || (kind !== 'outlet' && kind !== 'organization')) continue;
        const written = text.slice(at, at + c.surface.length);
        if ((c.caseInsensitive ? written.toLowerCase() : written) !== c.surface) continue;
        if (/[\p{L}\p{N}]/u.test(text.charAt(at + c.surface.length))) continue;
        found.push({ key: c.entry.key, written });
      }
    });
    return found;
  };
  return {
    entries: gazetteer.entries,
    resolve: (surface) => {
      const trimmed = surface.trim();
      return exact(trimmed) ?? exact(trimmed.replace(/^the\s+/i, ''));
    },
    bySlug: (slug) => [...(slugs.get(slug) ?? [])],
    byCompactSlug: (slug) => [...(compact.get(slug.replace(/-/g, '')) ?? [])],
    inside,
  };
}

/** Kind and slug of a key; undefined when it has no colon. */
function splitKey(key: string): { kind: string; slug: string } | undefined {
  const at = key.indexOf(':');
  return at < 0 ? undefined : { kind: key.slice(0, at), slug: key.slice(at + 1) };
}

/** Why a key is malformed, or undefined when it is well-formed. */
export function malformation(key: string): string | undefined {
  const parts = splitKey(key);
  if (parts === undefined) return 'no <kind>: prefix';
  if (!(ACTOR_KINDS as readonly string[]).includes(parts.kind))
    return `kind "${parts.kind}" is not one of ${ACTOR_KINDS.join(', ')}`;
  if (parts.slug === '') return 'empty slug';
  const slug = slugify(parts.slug);
  if (slug !== parts.slug) return `slug is not slugified (slugify gives "${slug}")`;
  return undefined;
}

/** Which label lists a file labels: all of them, unless a blind file names its one type. */
export function labelledTypes(file: { readonly labelled?: readonly string[] }): Set<string> {
  return new Set(file.labelled ?? ['actors', 'citations', 'quotes', 'events', 'epithets']);
}

interface Label {
  readonly key: string;
  readonly surfaces: readonly string[];
  /** A cited outlet not labelled as an actor: its surface is a phrase that contains the name. */
  readonly cited: boolean;
}

/** Gazetteer keys the label's surfaces or its key's own name resolve to, with the evidence. */
function resolutions(index: KeyIndex, label: Label): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (key: string, why: string): void => {
    const list = out.get(key) ?? [];
    if (!list.includes(why)) list.push(why);
    out.set(key, list);
  };
  for (const surface of label.surfaces) {
    const key = index.resolve(surface);
    if (key !== undefined) add(key, `surface "${surface}"`);
    for (const name of withoutOwner(index, surface)) {
      const owned = index.resolve(name);
      if (owned !== undefined && !owned.startsWith('country:'))
        add(owned, `surface "${surface}" without its country, "${name}"`);
    }
  }
  const parts = splitKey(label.key);
  // A name inside a cited phrase counts unless the key spells it after other words, as a longer
  // name does (a ministry's office, "U.S. National Security Council" around "Security Council");
  // words after it ("Reuters news agency") do not make another entity.
  if (label.cited)
    for (const surface of label.surfaces)
      for (const { key, written } of index.inside(surface))
        if (!`${parts?.slug ?? ''}-`.slice(1).includes(`-${slugify(written)}-`))
          add(key, `"${written}" inside "${surface}"`);
  if (parts !== undefined) {
    const named = index.bySlug(parts.slug);
    for (const key of named) add(key, 'the key name');
    for (const key of index.byCompactSlug(parts.slug))
      if (!named.includes(key)) add(key, 'the key name, hyphens aside');
  }
  return out;
}

/**
 * A surface without the country that owns it, before or after it: "DPRK Ministry of Forestry" ->
 * "Ministry of Forestry", "Standing Committee of the Supreme People's Assembly of the DPRK" ->
 * "Standing Committee of the Supreme People's Assembly".
 */
function withoutOwner(index: KeyIndex, surface: string): string[] {
  const names: string[] = [];
  const words = surface
    .replace(/^the\s+/i, '')
    .trim()
    .split(/\s+/);
  const isCountry = (text: string): boolean =>
    index.resolve(text.replace(/['’]s$/, ''))?.startsWith('country:') === true;
  for (let k = 1; k <= 3 && k < words.length; k++) {
    if (isCountry(words.slice(0, k).join(' '))) names.push(words.slice(k).join(' '));
    const of = words.length - k - 1;
    if (of > 0 && words[of] === 'of' && isCountry(words.slice(of + 1).join(' ')))
      names.push(words.slice(0, of).join(' '));
  }
  return names;
}

/**
 * The names a surface may be keyed by: as written, without a leading "the" or a bracketed
 * abbreviation, and without an owning country written before it ("DPRK Ministry of Forestry",
 * "Japanese Ministry of Navy": the guide keys the body, not its owner).
 */
function keyableNames(index: KeyIndex, surface: string): string[] {
  const names: string[] = [];
  for (const written of [surface, surface.replace(/\s*\([^)]*\)/g, '')]) {
    const base = written.replace(/^the\s+/i, '').trim();
    names.push(base);
    // Only an owner written before the name is dropped: "of Japan" after it is part of the name.
    const words = base.split(/\s+/);
    for (let k = 1; k <= 3 && k < words.length; k++) {
      const owner = words
        .slice(0, k)
        .join(' ')
        .replace(/['’]s$/, '');
      if (index.resolve(owner)?.startsWith('country:') === true)
        names.push(words.slice(k).join(' '));
    }
  }
  return names;
}

/** Whether a key outside the gazetteer is spelled from one of its label's surfaces. */
function spelledFromSurface(index: KeyIndex, slug: string, label: Label): boolean {
  return label.surfaces.some(
    (s) =>
      keyableNames(index, s).some((name) => slugify(name) === slug) ||
      (label.cited && `-${slugify(s)}-`.includes(`-${slug}-`)),
  );
}

/** A country the gazetteer certainly holds, to ask whether it lists a body once per country. */
const PROBE = { name: 'China', demonym: 'Chinese', slug: 'china' };

/** Whether the label names a per-country body of the gazetteer without saying whose. */
function countryless(
  index: KeyIndex,
  parts: { kind: string; slug: string },
  label: Label,
): boolean {
  if (index.entries.has(`${parts.kind}:${parts.slug}-of-${PROBE.slug}`)) return true;
  return label.surfaces.some((s) => {
    const name = s.replace(/^the\s+/i, '').trim();
    const probe =
      index.resolve(`${PROBE.demonym} ${name}`) ?? index.resolve(`${name} of ${PROBE.name}`);
    return probe?.endsWith(`-of-${PROBE.slug}`) === true && index.resolve(name) === undefined;
  });
}

const describe = (found: Map<string, string[]>): string =>
  [...found].map(([key, why]) => `${key} (${why.join(', ')})`).join('; ');

/** Every key-rule flag of one article. */
export function auditArticle(
  article: Pick<GoldArticle, 'actors' | 'citations' | 'quotes'>,
  index: KeyIndex,
  labelled: ReadonlySet<string> = labelledTypes({}),
): KeyFlag[] {
  const flags: KeyFlag[] = [];
  const actorsLabelled = labelled.has('actors');
  const actorKeys = new Set(article.actors.map((a) => a.key));
  const labels: Label[] = article.actors.map((a) => ({
    key: a.key,
    surfaces: a.surface,
    cited: false,
  }));
  // A cited outlet that is not an actor is still a key to check (blind citation files have no actors).
  for (const c of article.citations ?? [])
    if (!actorKeys.has(c.outlet))
      labels.push({
        key: c.outlet,
        surfaces: c.surface === undefined ? [] : [c.surface],
        cited: true,
      });
  for (const q of article.quotes)
    if (!actorKeys.has(q.speaker) && !labels.some((l) => l.key === q.speaker))
      labels.push({ key: q.speaker, surfaces: [], cited: false });

  const seen = new Set<string>();
  for (const label of labels) {
    const bad = malformation(label.key);
    if (bad !== undefined) flags.push({ kind: 'malformed', key: label.key, detail: bad });
    if (seen.has(label.key))
      flags.push({ kind: 'duplicate-key', key: label.key, detail: 'listed twice among actors' });
    seen.add(label.key);
    const found = resolutions(index, label);
    const held = index.entries.has(label.key);
    const parts = splitKey(label.key);
    if (!held && found.size > 0) {
      const twins = [...found.keys()].filter((k) => actorKeys.has(k));
      for (const twin of twins)
        flags.push({
          kind: 'two-keys',
          key: label.key,
          suggested: twin,
          detail: `${describe(new Map([[twin, found.get(twin) ?? []]]))} is also labelled under ${twin}`,
        });
      if (twins.length === 0)
        flags.push({
          kind: 'not-gazetteer-key',
          key: label.key,
          ...(found.size === 1 ? { suggested: [...found.keys()][0] } : {}),
          detail: `not a gazetteer key; the gazetteer resolves ${describe(found)}`,
        });
    }
    if (!held && parts !== undefined && countryless(index, parts, label))
      flags.push({
        kind: 'body-without-country',
        key: label.key,
        detail: `the gazetteer holds this body once per country (as ${parts.kind}:${parts.slug}-of-<country>)`,
      });
    if (held) {
      found.delete(label.key);
      if (found.size > 0)
        flags.push({
          kind: 'surface-elsewhere',
          key: label.key,
          detail: `the gazetteer gives ${describe(found)} to another entity`,
        });
    }
    if (!held && found.size === 0 && parts !== undefined && bad === undefined) {
      // The rules name bare "Korea" for pre-division Korea; the gazetteer leaves it out on purpose.
      if (parts.kind === 'country' && parts.slug !== 'korea')
        flags.push({ kind: 'unknown-country', key: label.key, detail: 'no gazetteer country' });
      else if (
        parts.kind !== 'country' &&
        label.surfaces.length > 0 &&
        !spelledFromSurface(index, parts.slug, label)
      )
        flags.push({
          kind: 'key-not-from-surface',
          key: label.key,
          detail: `no surface slugifies to "${parts.slug}" (${label.surfaces.map((s) => `"${s}"`).join(', ')})`,
        });
    }
  }

  const bySurface = new Map<string, string[]>();
  for (const a of article.actors)
    for (const s of new Set(a.surface)) bySurface.set(s, [...(bySurface.get(s) ?? []), a.key]);
  for (const [surface, keys] of bySurface)
    if (new Set(keys).size > 1)
      flags.push({
        kind: 'shared-surface',
        key: keys.join(' + '),
        detail: `"${surface}" is a surface of ${keys.join(' and ')}`,
      });

  const cited = new Set<string>();
  for (const c of article.citations ?? []) {
    if (cited.has(c.outlet))
      flags.push({
        kind: 'duplicate-key',
        key: c.outlet,
        detail: 'cited twice (one entry per key)',
      });
    cited.add(c.outlet);
    const kind = splitKey(c.outlet)?.kind;
    if (kind !== undefined && kind !== 'outlet' && kind !== 'organization')
      flags.push({
        kind: 'citation-kind',
        key: c.outlet,
        detail: `a ${kind} is cited; only outlets, ministries and agencies are`,
      });
    if (actorsLabelled && !actorKeys.has(c.outlet))
      flags.push({ kind: 'citation-not-actor', key: c.outlet, detail: 'cited but not an actor' });
  }
  if (actorsLabelled)
    for (const speaker of new Set(article.quotes.map((q) => q.speaker)))
      if (!actorKeys.has(speaker))
        flags.push({ kind: 'speaker-not-actor', key: speaker, detail: 'speaks but not an actor' });
  return flags;
}

/** Kinds the guide keys by the first full form written. */
const FIRST_WRITTEN = new Set(['person', 'organization', 'outlet']);

/** Whitespace folded and apostrophes straightened: a surface as the labeller copied it. */
const folded = (text: string): string => text.replace(/\s+/g, ' ').replace(/[’‘]/g, "'");

/**
 * The checks that need the article's body: every surface is written there, and a key outside the
 * gazetteer spells the first full form written (people "as the text spells them in full (the first
 * full mention)", organizations "by their full name as first written").
 */
export function auditText(
  article: Pick<GoldArticle, 'actors'>,
  body: string,
  index: KeyIndex,
): KeyFlag[] {
  const flags: KeyFlag[] = [];
  const text = folded(body);
  for (const actor of article.actors) {
    const at = new Map<string, number>();
    for (const surface of actor.surface) {
      const position = text.indexOf(folded(surface));
      if (position < 0)
        flags.push({
          kind: 'surface-not-in-text',
          key: actor.key,
          detail: `"${surface}" is not written in the body`,
        });
      else at.set(surface, position);
    }
    const parts = splitKey(actor.key);
    // Groups are keyed "<leader> group" whichever of their forms comes first ("Lee group").
    if (parts === undefined || index.entries.has(actor.key) || !FIRST_WRITTEN.has(parts.kind))
      continue;
    const label: Label = { key: actor.key, surfaces: actor.surface, cited: false };
    if (!spelledFromSurface(index, parts.slug, label)) continue;
    // The first full form: the earliest surface of two words or more (not a bare surname or acronym).
    const full = [...at].filter(([s]) => /\S\s+\S/.test(s)).sort((a, b) => a[1] - b[1])[0];
    if (full === undefined) continue;
    const first = { key: actor.key, surfaces: [full[0]], cited: false };
    if (!spelledFromSurface(index, parts.slug, first))
      flags.push({
        kind: 'key-not-first-written',
        key: actor.key,
        detail: `the first full form written is "${full[0]}"`,
      });
  }
  return flags;
}

/** A file's flags, article by article (1-based, in file order). */
export interface FileAudit {
  readonly file: string;
  readonly articles: readonly {
    readonly n: number;
    readonly title: string;
    readonly flags: readonly KeyFlag[];
  }[];
}

export function auditFile(
  file: string,
  parsed: GoldFile & { readonly labelled?: readonly string[] },
  index: KeyIndex,
  bodies?: ReadonlyMap<GoldArticle, string>,
): FileAudit {
  const labelled = labelledTypes(parsed);
  const flagsOf = (a: GoldArticle): KeyFlag[] => {
    const body = bodies?.get(a);
    return [
      ...auditArticle(a, index, labelled),
      ...(body === undefined ? [] : auditText(a, body, index)),
    ];
  };
  return {
    file,
    articles: parsed.articles
      .map((a, i) => ({ n: i + 1, title: a.title, flags: flagsOf(a) }))
      .filter((a) => a.flags.length > 0),
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const malformedOnly = args.includes('--malformed-only');
  const withText = args.includes('--text');
  const named = args.filter((a) => !a.startsWith('--')).map((a) => resolve(a));
  const files = named.length > 0 ? named : labelFiles();
  const index = buildKeyIndex();
  const parsedFiles = files.map((path) => ({
    path,
    parsed: JSON.parse(readFileSync(path, 'utf8')) as GoldFile,
  }));
  let bodies: Map<GoldArticle, string> | undefined;
  if (withText) {
    // One pass over each corpus for every file's articles; blind files of different label types
    // share articles, so each is looked up once and its text given to every copy.
    const all = parsedFiles.flatMap((f) => f.parsed.articles);
    const identity = (g: GoldArticle): string =>
      `${goldKey(g.corpus, g.date, g.title)}#${g.occurrence ?? 1}#${g.link ?? ''}`;
    const firsts = new Map<string, GoldArticle>();
    for (const g of all) if (!firsts.has(identity(g))) firsts.set(identity(g), g);
    const raw = await loadRawArticles([...firsts.values()], []);
    bodies = new Map();
    for (const g of all) {
      const text = raw.get(firsts.get(identity(g)) ?? g)?.text;
      if (text !== undefined) bodies.set(g, text);
    }
    if (bodies.size < all.length)
      console.log(`${all.length - bodies.size} article(s) not found in the corpus: no text checks`);
  }
  let malformed = 0;
  let total = 0;
  for (const { path, parsed } of parsedFiles) {
    const audit = auditFile(relative(process.cwd(), path), parsed, index, bodies);
    const shown = audit.articles
      .map((a) => ({
        ...a,
        flags: a.flags.filter((f) => !malformedOnly || f.kind === 'malformed'),
      }))
      .filter((a) => a.flags.length > 0);
    const count = shown.reduce((n, a) => n + a.flags.length, 0);
    total += count;
    malformed += shown.reduce(
      (n, a) => n + a.flags.filter((f) => f.kind === 'malformed').length,
      0,
    );
    console.log(`${audit.file}: ${count} flag${count === 1 ? '' : 's'}`);
    for (const a of shown) {
      console.log(`  ${basename(path)} #${a.n} ${a.title}`);
      for (const f of a.flags)
        console.log(
          `    ${f.kind}: ${f.key}${f.suggested === undefined ? '' : ` -> ${f.suggested}`}: ${f.detail}`,
        );
    }
  }
  console.log(`${total} flag${total === 1 ? '' : 's'}, ${malformed} malformed`);
  if (malformed > 0) process.exitCode = 1;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  await main();

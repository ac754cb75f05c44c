import { slugify } from '../keys';
import type { Gazetteer, GazetteerEntry } from '../gazetteer';
import type { ActorMention, BlockedSpan } from './actor-matcher';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from './calendar-words';
import { SpanIndex } from './span-index';

/**
 * Lower-case nouns that introduce an outlet's name: `the Cuban newspaper Granma`, `Nepalese weekly
 * Janadesh`, `local daily al-Thawra`. Lower case only, so `China Daily` stays a name of its own.
 */
const DESCRIPTOR =
  '(?:news agency|news website|news portal|news service|broadcasting service|broadcasting station|radio station|TV station|newspaper|paper|daily|weekly|monthly|magazine|journal|website|web site|radio|broadcaster|media|channel)';
/** Literal spaces: a name never runs across a line break; `newspaper "Blits"` quotes it. */
const INTRO_RE = new RegExp(`\\b${DESCRIPTOR} ["“]?(?=(?:al-|el-|Al-|El-)?[A-Z])`, 'g');
/**
 * `The Sept. 9 issue of Nepal Today`, `the sixth issue of Serp I Molot`: a dated or numbered issue
 * names its outlet (`the issue of Tok Islets` has no date or number, so names none).
 */
const ISSUE_RE = new RegExp(
  `\\b(?:\\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|current|special|(?:${[...MONTH_NAMES, ...MONTH_ABBREVIATIONS.map((m) => `${m}\\.?`)].join('|')})(?: \\d+(?:st|nd|rd|th)?)?) issues? of (?:the )?["“]?(?=(?:al-|el-|Al-|El-)?[A-Z])`,
  'g',
);
/**
 * `Jaju Minbo, an Internet newspaper of south Korea`, `Unidad Nacional, newspaper of Mexico`,
 * `Jaju Minbo, Internet newspaper of south Korea`, `Pasason, the organ of the Lao People's
 * Revolutionary Party`, `People's Website, an Internet homepage of China`: an appositive names the
 * outlet before it (`homepage` only here: `the homepage said` is a body's too).
 */
const APPOSITIVE_RE = new RegExp(
  `, (?:(?:(?:a|an|the) (?:[\\w'’-]+ ){0,3}?|(?:Internet|internet|online) )?(?:${DESCRIPTOR}|homepage)(?=,| (?:of|in|from|published|based|run|owned|issued|close|affiliated)\\b)|(?:(?:a|an|the) )?(?:(?:official|central|press|main|theoretical|political) )?organ(?=,| of\\b))`,
  'g',
);
const DESCRIPTOR_THEN_NAME = new RegExp(`^ ${DESCRIPTOR} ["“]?[A-Z]`);
/**
 * `Pakistani papers Daily Assas and Al Akhbar`, `the Bangladeshi papers Natun Katha and Ekota`: a
 * plural descriptor introduces two or more names, so `and` and commas separate them.
 */
const PLURAL_INTRO_RE =
  /\b(?:newspapers|papers|dailies|weeklies|magazines|journals) (?=(?:al-|el-|Al-|El-)?[A-Z])/g;
/** Between two names of a plural descriptor: `and`, `, `, `, and `. */
const PLURAL_GAP = /^(?:,? and |, )(?=(?:al-|el-|Al-|El-)?[A-Z])/;
/** Most names one plural descriptor introduces. */
const MAX_PLURAL_NAMES = 6;
/**
 * `The paper of Democratic Congo L'Avenir`, `Another paper of this country L'Avenir`: the name
 * follows the country the outlet is of (a country mention, or `this country`).
 */
const DESCRIPTOR_OF = new RegExp(
  `\\b${DESCRIPTOR} of (?:(?:this|the same|the) country (?=["“]?(?:al-|el-|Al-|El-)?[A-Z]))?`,
  'g',
);
const NAME_AFTER_COUNTRY = /^ (?=["“]?(?:al-|el-|Al-|El-)?[A-Z])/;
/** `Granma newspaper said`: the descriptor after the name. */
const TRAILING_RE = / (?:newspaper|daily|weekly|news agency|magazine)\b/g;

/** One word of a name: capitalised, or an Arabic article prefix (`al-Thawra`). */
const NAME_WORD = /^(?:(?:al|el|Al|El)-)?[A-Z][\p{L}\p{N}'’.-]*$/u;
/** Lower-case words that join the words of a foreign title (`Serp i Molot`, `La Voz del Pueblo`). */
const JOINERS = new Set(['de', 'del', 'da', 'do', 'di', 'i', 'y', 'la', 'le', 'el', 'al', 'and']);
/** `Voice of People, an Internet newspaper`: read backwards, `of` joins a name too. */
const BACKWARD_JOINERS = new Set([...JOINERS, 'of']);
/** `the Berlin-based newspaper`: a word that describes the outlet, never part of its name. */
const DESCRIBING = /-(?:based|run|owned|language|affiliated|controlled|resident)$/;
/** Capitalised words that end a name: calendar words, sentence words, issue numbers. */
const STOP_WORDS = new Set<string>([
  ...MONTH_NAMES,
  ...MONTH_ABBREVIATIONS.flatMap((m) => [m, `${m}.`]),
  ...WEEKDAY_NAMES,
  'No',
  'No.',
  'On',
  'In',
  'At',
  'As',
  'It',
  'He',
  'She',
  'They',
  'This',
  'That',
  'Under',
  'With',
  'For',
]);
/** Capitalised words that start a sentence or describe the outlet: never part of its name. */
const LEADING_NOISE = new Set([
  'The',
  'A',
  'An',
  'Another',
  'Its',
  'Their',
  'His',
  'Her',
  'Our',
  'This',
  'That',
  'Local',
  'Foreign',
  'Internet',
  'Online',
  'Official',
  'Leading',
  'Major',
  'Some',
  'Many',
  'One',
  'Other',
  'Several',
  'Popular',
  'Influential',
  'Meanwhile',
  'However',
  'Also',
  'Besides',
  'Moreover',
  'Then',
]);
/** Longest name we read: titles of foreign papers run to four or five words. */
const MAX_NAME_WORDS = 5;

/**
 * Words of a name from `at` onwards, on one line: capitalised words and joiners between them.
 * Returns the end offset of the last name word, or undefined when no name starts there.
 */
const ANOTHER_OUTLET = new RegExp(`^ \\S+(?:['’]s\\b| ${DESCRIPTOR}\\b)`);

function nameForward(text: string, at: number, andJoins = true): number | undefined {
  let pos = at;
  let end: number | undefined;
  for (let words = 0; words < MAX_NAME_WORDS; words++) {
    let next = pos;
    while (next < text.length && next - pos < 40 && /[^\s,;:()"“”]/.test(text[next] ?? '')) next++;
    let word = text.slice(pos, next);
    // A sentence-final period belongs to the sentence, not to `Blits.`; `Jr.`-like words are rare.
    if (word.endsWith('.') && !/^[A-Z]\.$/.test(word)) word = word.slice(0, -1);
    word = word.replace(/[’']s$/, '');
    if (word === '' || STOP_WORDS.has(word) || /^No\./.test(word) || DESCRIBING.test(word)) break;
    const joiner = JOINERS.has(word) && end !== undefined && (andJoins || word !== 'and');
    if (!andJoins && word === 'and') break;
    // `magazine Minjok 21`: a number closes a name.
    if (end !== undefined && /^\d{1,3}$/.test(word)) return pos + word.length;
    if (!joiner && !NAME_WORD.test(word)) break;
    // `Jaju Minbo and Internet radio ...`: `and` before a describing word joins two outlets.
    if (joiner && LEADING_NOISE.has(/^\S*/.exec(text.slice(next + 1, next + 20))?.[0] ?? '')) break;
    // `La Juventud and Romanian newspaper Muncitoare`, `Al-Ray and Cambodia's Radio`: another outlet.
    if (joiner && ANOTHER_OUTLET.test(text.slice(next, next + 60))) break;
    if (!joiner) end = pos + word.length;
    if (text[next] !== ' ' || word.length < next - pos) break;
    pos = next + 1;
  }
  return end;
}

/** `Internet radio "Voice of People"`: the quotation marks bound the name (five words at most). */
const QUOTED_NAME = /^[^"“”\n.;:!?]{1,60}?(?=,?["”])/;

function quotedNameEnd(text: string, at: number): number | undefined {
  const name = QUOTED_NAME.exec(text.slice(at, at + 62))?.[0];
  if (name === undefined) return undefined;
  // A paper's title in quotes (`paper "Songun politics and ..."`) is no outlet's name.
  const words = name.split(' ');
  if (words.length > MAX_NAME_WORDS) return undefined;
  if (!words.every((w, i) => NAME_WORD.test(w) || (i > 0 && BACKWARD_JOINERS.has(w))))
    return undefined;
  return at + name.length;
}

/** Start of the run of capitalised words that ends at `end` (at most five words, one line). */
function nameBackward(text: string, end: number): number | undefined {
  let start: number | undefined;
  let pos = end;
  for (let words = 0; words < MAX_NAME_WORDS; words++) {
    let from = pos;
    while (from > 0 && pos - from < 40 && /[^\s,;:()"“”]/.test(text[from - 1] ?? '')) from--;
    const word = text.slice(from, pos);
    if (word === '' || STOP_WORDS.has(word) || DESCRIBING.test(word)) break;
    // `an Internet newspaper`: a describing word right before the descriptor names nothing.
    if (start === undefined && LEADING_NOISE.has(word)) break;
    const joiner = BACKWARD_JOINERS.has(word) && start !== undefined;
    if (!joiner && !NAME_WORD.test(word)) break;
    if (!joiner) start = from;
    if (text[from - 1] !== ' ') break;
    pos = from - 1;
  }
  return start;
}

const outletIndexCache = new WeakMap<Gazetteer, Map<string, GazetteerEntry>>();

/** Outlet entries by every lower-cased alias: identity lookups for names read off a pattern. */
function outletIndex(gazetteer: Gazetteer): Map<string, GazetteerEntry> {
  let index = outletIndexCache.get(gazetteer);
  if (index !== undefined) return index;
  index = new Map();
  for (const entry of gazetteer.entries.values()) {
    if (entry.kind !== 'outlet') continue;
    for (const alias of [entry.name, ...entry.aliases, ...(entry.aliasesCi ?? [])]) {
      const lower = alias.toLowerCase();
      if (!index.has(lower)) index.set(lower, entry);
    }
  }
  outletIndexCache.set(gazetteer, index);
  return index;
}

/** Descriptive words around a brand name: `Xinhua News Agency`, `the Granma newspaper`. */
const LEADING_THE = /^the\s+/;
const ELIDED_SPACE = /\b([A-Za-z]['’])\s+(?=[A-Z])/g;
const TRAILING_DESCRIPTOR =
  /\s+(?:news\s+agency|newspaper|paper|daily|weekly|magazine|news|website|TV|television)$/i;

/**
 * One identity per outlet: the gazetteer's entry when the name, or the name without a leading
 * `the` or a trailing `News Agency` / `newspaper` / `daily`, is an alias of a listed outlet; else
 * a new outlet under the name as written (without a leading `the`).
 */
export function outletIdentity(name: string, gazetteer: Gazetteer): GazetteerEntry {
  const index = outletIndex(gazetteer);
  const bare = name.replace(LEADING_THE, '').trim();
  for (const candidate of [name, bare, bare.replace(TRAILING_DESCRIPTOR, '')]) {
    const known = index.get(candidate.toLowerCase());
    if (known !== undefined) return known;
  }
  // `L' Avenir` is `L'Avenir`: an elided article's stray space does not make a second outlet.
  const key = `outlet:${slugify(bare.replace(ELIDED_SPACE, '$1'))}`;
  return { key, name: bare, kind: 'outlet', aliases: [bare] };
}

/**
 * Outlets the lists do not know, named by the words that introduce them: `the Nepali paper
 * Rahasha`, `Jaju Minbo, an Internet newspaper of south Korea`, `the Granma newspaper`. A span
 * that an earlier pass already gave to a non-country actor, or a blocked phrase, is left alone;
 * a leading country (`Iranian newspaper`) is not part of the name. One pass per pattern, each
 * match reading at most five words either way, so the scan is linear.
 */
export function findIntroducedOutlets(
  text: string,
  known: readonly ActorMention[],
  blocked: readonly BlockedSpan[],
  gazetteer: Gazetteer,
): ActorMention[] {
  const knownIndex = new SpanIndex(known);
  const blockedIndex = new SpanIndex(blocked);
  const found = new SpanIndex<ActorMention>();
  const out: ActorMention[] = [];
  const consider = (start: number, end: number, keepThe: boolean): void => {
    let from = start;
    const skipNoise = (): void => {
      // `The Granma newspaper`: sentence words before a trailing descriptor are not the name.
      for (let word = /^\S+/.exec(text.slice(from, end))?.[0]; word !== undefined;) {
        if (!LEADING_NOISE.has(word) || (keepThe && word === 'The')) break;
        from += word.length + 1;
        word = from < end ? /^\S+/.exec(text.slice(from, end))?.[0] : undefined;
      }
    };
    skipNoise();
    // `the Iranian newspaper`: read backwards, a country heading the run is not part of the name.
    // `Nepal-Europe`: a country joined by a hyphen is part of the name.
    for (const k of keepThe ? [] : knownIndex.overlapping(from, end)) {
      if (k.entry.kind !== 'country' || k.start !== from) break;
      const space = /^(?:['’]s)?\s+/.exec(text.slice(k.end, k.end + 4));
      if (space === null) break;
      from = k.end + space[0].length;
    }
    skipNoise();
    if (from >= end) return;
    // Countries may sit inside a name (`Nepal Today`); anything else known owns its span.
    const inside = knownIndex.overlapping(from, end);
    if (inside.some((k) => k.entry.kind !== 'country' || k.start < from || k.end > end)) return;
    if (inside.some((k) => k.start === from && k.end === end)) return;
    if (blockedIndex.overlaps(from, end) || found.overlaps(from, end)) return;
    const surface = text.slice(from, end);
    if (!/\p{L}{2}/u.test(surface)) return;
    const mention: ActorMention = {
      start: from,
      end,
      surface,
      entry: outletIdentity(surface, gazetteer),
      extractor: 'actors/outlet-intro',
      confidence: 0.7,
    };
    found.add(mention);
    out.push(mention);
  };
  // `the paper The Voice` keeps its article; a name read backwards from a descriptor does not.
  const matches: [number, number, boolean][] = [];
  INTRO_RE.lastIndex = 0;
  for (const re of [INTRO_RE, ISSUE_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index + m[0].length;
      const end = /["“]$/.test(m[0]) ? quotedNameEnd(text, start) : nameForward(text, start);
      // `the issue of the Chinese Hong Kong magazine International Relations`: the descriptor names it.
      if (
        re === ISSUE_RE &&
        end !== undefined &&
        DESCRIPTOR_THEN_NAME.test(text.slice(end, end + 40))
      )
        continue;
      if (end !== undefined) matches.push([start, end, true]);
    }
  }
  PLURAL_INTRO_RE.lastIndex = 0;
  for (let m = PLURAL_INTRO_RE.exec(text); m !== null; m = PLURAL_INTRO_RE.exec(text)) {
    let start = m.index + m[0].length;
    const names: [number, number, boolean][] = [];
    let ands = 0;
    for (let n = 0; n < MAX_PLURAL_NAMES; n++) {
      const end = nameForward(text, start, false);
      if (end === undefined) break;
      names.push([start, end, true]);
      const gap = PLURAL_GAP.exec(text.slice(end, end + 8));
      if (gap === null) break;
      if (gap[0] === ' and ') ands++;
      start = end + gap[0].length;
    }
    // `the Indian papers Defence and Humanity and Tourism Era`: an `and` may sit inside a name, so
    // a run of several bare `and`s cannot be split.
    if (names.length >= 2 && ands <= 1) matches.push(...names);
  }
  DESCRIPTOR_OF.lastIndex = 0;
  for (let m = DESCRIPTOR_OF.exec(text); m !== null; m = DESCRIPTOR_OF.exec(text)) {
    let start = m.index + m[0].length;
    if (!/country $/.test(m[0])) {
      const at = start + (text.startsWith('the ', start) ? 4 : 0);
      const country = knownIndex
        .overlapping(at, at + 1)
        .find((k) => k.start === at && k.entry.kind === 'country');
      const gap = country === undefined ? null : NAME_AFTER_COUNTRY.exec(text.slice(country.end));
      if (country === undefined || gap === null) continue;
      start = country.end + gap[0].length;
    }
    const quoted = /^["“]/.test(text.slice(start, start + 1));
    const end = quoted ? quotedNameEnd(text, start + 1) : nameForward(text, start);
    if (end !== undefined) matches.push([quoted ? start + 1 : start, end, true]);
  }
  for (const re of [APPOSITIVE_RE, TRAILING_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      // `the Chinese Hong Kong magazine International Relations`: the descriptor introduces the name after it.
      const following = /^ ((?:al-|el-)?[A-Z][\p{L}\p{N}'’-]*)/u.exec(
        text.slice(m.index + m[0].length, m.index + m[0].length + 40),
      )?.[1];
      if (re === TRAILING_RE && following !== undefined && !STOP_WORDS.has(following)) continue;
      const start = nameBackward(text, m.index);
      if (start !== undefined) matches.push([start, m.index, false]);
    }
  }
  matches.sort((a, b) => a[0] - b[0]);
  for (const [start, end, keepThe] of matches) consider(start, end, keepThe);
  return out;
}

/** Verbs of carrying news, for listings: `... was also reported by A, B and C`. */
const CARRY =
  '(?:reported|carried|aired|broadcast|published|covered|ran|released|posted|dealt with|quoted|introduced|disseminated|showed)';
/** A sentence that lists outlets as having carried the news. */
const LISTING = new RegExp(
  `\\b(?:also|too|as well|likewise|similarly|widely)\\b[^.;]{0,60}?\\b${CARRY}\\b|\\b${CARRY}\\s+(?:the\\s+news\\s+)?(?:also|too|as well)\\b|\\b(?:media|newspapers|papers|news agencies|agencies|outlets|broadcasters|websites|radios|TV stations)\\b[^.;]{0,100}?\\b(?:includ(?:ed|es|e|ing)|such as|like|among them)\\b`,
  'i',
);
const CARRY_RE = new RegExp(`\\b${CARRY}\\b`);
/** `Other media ... carried similar reports.` then `They include A, B, C`. */
const MEDIA_CARRIED = new RegExp(
  `\\b(?:media|newspapers|papers|news agencies|outlets|broadcasters|websites)\\b[^.;]{0,100}?\\b${CARRY}\\b`,
  'i',
);
const ENUMERATION =
  /^\s*(?:They|These|Those|Among\s+them|Among\s+them\s+were)\s+(?:included|include|were|are)?\b/;
/**
 * Where a list of outlets starts: after the agent of a carrying verb (`reported by`), after
 * `media ... including`, or at an enumeration (`They include`). Names are read off a list only
 * there; `... were also reported in Sverdlovsk Region` lists places.
 */
const LIST_START = new RegExp(
  `\\b${CARRY}\\s+(?:(?:also|too|widely|as well)\\s+)?by\\s+|\\b(?:media|newspapers|papers|news agencies|agencies|outlets|broadcasters|websites|radios|TV stations)\\b(?!\\s+(?:persons|workers|people|men|officials|figures))[^.;]{0,100}?\\b(?:includ(?:ed|es|e|ing)|such as|among them(?: were)?)\\s+|^\\s*(?:They|These|Those)\\s+(?:included|include|were|are)\\s+|^\\s*Among\\s+them\\s+(?:were\\s+)?`,
  'i',
);
/** Words that name a medium, not an outlet (`radio and TV`). */
const MEDIUM_WORDS = new Set(['TV', 'Radio', 'Internet', 'Media', 'Television', 'Press', 'News']);

/** True when sentence `i` lists outlets that carried the news (or enumerates those of the last). */
export function isListingSentence(sentences: readonly { text: string }[], i: number): boolean {
  const s = sentences[i];
  if (s === undefined) return false;
  // `media including X commented`: commenting outlets are each cited as reporting, not listed.
  if (LISTING.test(s.text) && CARRY_RE.test(s.text)) return true;
  const prev = sentences[i - 1];
  return prev !== undefined && ENUMERATION.test(s.text) && MEDIA_CARRIED.test(prev.text);
}

/** Descriptive words before a listed name: `the`, `Internet website`, `newspaper`. */
const ITEM_LEAD =
  /^(?:(?:the|an?|Internet|internet|website|web site|newspaper|paper|daily|weekly|magazine|news agency|radio|TV|television)\s+)+/;

/**
 * Outlets named in a listing sentence that no list or pattern knows (`Al Fazr Al-Jadid of Libya`,
 * `L'Orient-Le Jour of Lebanon`): each comma- or `and`-separated item of capitalised words after
 * the list's start, without a trailing `of <country>`. Items holding another actor, or starting in
 * lower case (`an Internet news of Russia`), are left alone. One pass over each listing sentence.
 */
export function findListedOutlets(
  text: string,
  sentences: readonly { text: string; start: number; end: number }[],
  known: readonly ActorMention[],
  gazetteer: Gazetteer,
  skipBefore = 0,
): ActorMention[] {
  const knownIndex = new SpanIndex(known);
  const out: ActorMention[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (s === undefined || s.end <= skipBefore || !isListingSentence(sentences, i)) continue;
    const start = LIST_START.exec(s.text);
    if (start === null) continue;
    const listFrom = s.start + start.index + start[0].length;
    const items = /[^,;]+/g;
    const list = text.slice(listFrom, s.end);
    for (let m = items.exec(list); m !== null; m = items.exec(list)) {
      for (const part of m[0].split(/\s+and\s+/)) {
        const at = listFrom + m.index + m[0].indexOf(part);
        const mention = listedItem(text, at, part, knownIndex, gazetteer);
        if (mention !== undefined) out.push(mention);
      }
    }
  }
  return out;
}

function listedItem(
  text: string,
  at: number,
  raw: string,
  known: SpanIndex<ActorMention>,
  gazetteer: Gazetteer,
): ActorMention | undefined {
  const lead =
    raw.length - raw.trimStart().length + (ITEM_LEAD.exec(raw.trimStart())?.[0].length ?? 0);
  let name = raw.slice(lead).replace(/[.\s]+$/, '');
  // `Tehran Times of Iran`: a trailing `of <country>` locates the outlet.
  const of = / of (?:the )?/.exec(name);
  if (of !== null) {
    const locStart = at + lead + of.index + of[0].length;
    const locEnd = at + lead + name.length;
    const loc = known.overlapping(locStart, locEnd);
    if (loc.length === 0 || loc.some((k) => k.entry.kind !== 'country')) return undefined;
    name = name.slice(0, of.index);
  }
  const start = at + lead;
  const end = start + name.length;
  const words = name.split(' ');
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return undefined;
  if (!words.every((w, i) => NAME_WORD.test(w) || (i > 0 && JOINERS.has(w)))) return undefined;
  if (words.every((w) => LEADING_NOISE.has(w) || STOP_WORDS.has(w) || MEDIUM_WORDS.has(w)))
    return undefined;
  const inside = known.overlapping(start, end);
  if (
    inside.length > 0 &&
    (inside.some((k) => k.entry.kind !== 'country') ||
      inside.some((k) => k.start === start && k.end === end))
  )
    return undefined;
  if (!/\p{L}{2}/u.test(name)) return undefined;
  return {
    start,
    end,
    surface: name,
    entry: outletIdentity(name, gazetteer),
    extractor: 'actors/outlet-listed',
    confidence: 0.6,
  };
}

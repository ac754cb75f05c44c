import { personAsWritten } from './as-written';
import nlp from 'compromise';
import { COUNTRIES, type GazetteerEntry } from '../gazetteer';
import type { ActorMention, BlockedSpan } from './actor-matcher';
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar-words';
import { SpanIndex, type Span } from './span-index';
import { namesShip } from './ship-names';
import {
  ENGLISH_LIKE_SURNAMES,
  KOREAN_SURNAMES,
  NON_PERSON_NAME_WORDS,
  NOT_GIVEN,
  OWN_TITLES,
  PARTICLES,
  SENTENCE_WORDS,
  TITLE_WORDS,
} from '../gazetteer/person-name-parts';

/**
 * One romanised Korean syllable (McCune-Reischauer as KCNA writes it, plus common Seoul spellings):
 * optional initial, vowel, optional final. `Iron` or `Prize` fail, `Thaek`, `Kkyok`, `Yeol` pass.
 */
const SYLLABLE =
  /^(?:Kk|Tt|Pp|Ss|Jj|Ch|Kh|Th|Ph|Sh|[KGNDRLMBSJCHTPYW])?(?:wae|yae|ae|oe|ui|eo|eu|ya|yo|yu|ye|wa|wo|wi|we|oo|ee|ou|a|e|i|o|u)(?:ng|n|m|l|k|p|t|r|g|b)?$/i;

const TITLE_BEFORE =
  /(?:\b(?:President|Prime Minister|Premier|Minister|Secretary|Secretary-General|Mr\.|Mrs\.|Ms\.|Dr\.|Ambassador|Senator|Governor|General|Gen\.|Chairman|Chairwoman|Director|Professor|Prof\.|Pope|King|Queen|Prince|Princess|Emperor|Admiral|Chancellor|Vice-President|Vice President|Speaker|Mayor|Commander|Envoy|envoy|Representative|Congressman|Congresswoman|Sheikh|Lord|Lady|Marshal|Comrade|leader|spokesman|spokeswoman|spokesperson|chairman|president|minister|secretary|ambassador|director|Colonel|Lieutenant|Captain|Sergeant|Major|Manager)\s+|\bAmbassador to (?:the )?[A-Z][A-Za-z.]*\s+|\b(?:Minister|Director|Chairman) of (?:[A-Z][a-z]+ ){1,3})$/;

const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);

/** Whether a title ends right before `start` (`Ambassador `, `Minister of Culture `). */
export const titledBefore = (text: string, start: number): boolean =>
  TITLE_BEFORE.test(text.slice(Math.max(0, start - 40), start));
/** Words that mark a capitalised sequence as an institution, place, event or date, not a person. */
const NON_PERSON_WORDS: ReadonlySet<string> = new Set([
  ...NON_PERSON_NAME_WORDS,
  ...CALENDAR_WORDS,
]);

/**
 * A country's demonym before the role (`Alexandr Matsegora, Russian ambassador to the DPRK`): the
 * role still names the person; the demonym is the gazetteer's, so no capitalised word passes.
 */
const DEMONYM_BEFORE_ROLE = COUNTRIES.flatMap((c) => c.demonyms)
  .filter((d) => /^\p{Lu}[\p{L}-]+$/u.test(d))
  .sort((x, y) => y.length - x.length)
  .join('|');

/** Role words that start an appositive: `Anders Kristensen, chairman of ...`. */
const APPOSITIVE_AFTER = new RegExp(
  `^,\\s+(?:a\\s+|an\\s+|the\\s+|former\\s+|then\\s+|acting\\s+|honorary\\s+|first\\s+|deputy\\s+|managing\\s+|executive\\s+|vice-|co-)?(?:(?:${DEMONYM_BEFORE_ROLE})\\s+)?(?:(?:foreign|international|permanent|assistant|national|federal|joint|second|its|his|her)\\s+)?(?:chairman|chairwoman|chairperson|president|director|chief|secretary|leader|head|member|minister|ambassador|editor|professor|representative|spokesman|spokeswoman|spokesperson|adviser|advisor|founder|general|senior|lecturer|researcher|analyst|commentator|journalist|expert|scholar|writer|author|correspondent|official|premier|prime minister|governor|mayor|senator|councilor|lawyer|activist|coordinator|executive|manager|veteran|priest|pastor|doctor|scientist|politician|diplomat|dean|rector|principal|MP|vice|king|queen|prince|princess|emir|sultan|sheikh)\\b`,
  'u',
);

/** A title naming its field next: `Minister of ` (`... Regional Development Viktor Basargin`). */
const TITLE_OF_FIELD =
  /\b(?:Minister|Vice-Minister|Deputy Minister|Secretary|Director|Director-General|Chairman|Chairwoman|Commissioner) of $/;

/** Where a list of people goes on: `Present there were Vishwanath, secretary general of ...`. */
const LIST_ITEM_BEFORE = /\b(?:were|was|from|by|with|including) $/;

/**
 * Mid-sentence, after a lower-case word (`giving Amano, director-general of IAEA, ...`, `according
 * to Casas, director of ...`), a name and a role with no article: `minister of Health, the mayor of
 * ...` is a list of titles, whose last word is the field, not a surname; so is a word after `of`
 * (`the general bureau of Protocol, general bureau for ...`).
 */
const OBJECT_BEFORE = /(?:^|[^\p{L}])(?!of )[a-z]+ $/u;
const BARE_ROLE_AFTER = /^,\s+(?!(?:a|an|the)\s)/;

/** A role of something after a name: `, chairman of the Board of Governors`. */
const ROLE_OF = /^,\s+[\p{L} -]{0,40}?\bof\b/u;

/** Word shapes allowed inside a western name: `Anders`, `W.`, `al-Assad`, `de`, `van`, `O'Brien`. */
const NAME_WORD =
  /^(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|(?:al|el|ad|as|ash|ibn|bin)-[A-Z][a-z]+|[A-Z]\.|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+)$/;

/**
 * compromise's lexicon (the data behind its `people()`): word -> tag. Looking names up directly is
 * ~1000x cheaper than parsing each candidate, which kept the 11k-article corpus run under 15 s.
 */
const LEXICON: Readonly<Record<string, string | readonly string[]>> =
  (nlp.model() as { one?: { lexicon?: Record<string, string | string[]> } }).one?.lexicon ?? {};
const FIRST_NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);

function hasTag(word: string, tags: ReadonlySet<string>): boolean {
  const tag = LEXICON[word.toLowerCase()];
  if (tag === undefined) return false;
  return typeof tag === 'string' ? tags.has(tag) : tag.some((t) => tags.has(t));
}

/** An English word, not a name: `Indeed`, `Chapter`, `Fellow` (an initial is no word). */
export const englishWord = (word: string): boolean =>
  LEXICON[word.toLowerCase()] !== undefined && !hasTag(word, FIRST_NAME_TAGS);

/** A known first name followed by a surname-shaped word (`Anders Kristensen`, `Edward Snowden`). */
function lexiconSaysPerson(words: readonly string[]): boolean {
  const first = words[0] ?? '';
  if (KOREAN_SURNAMES.has(first)) return false;
  return hasTag(first, FIRST_NAME_TAGS) && !hasTag(words[words.length - 1] ?? '', PLACE_TAGS);
}
const PLACE_TAGS = new Set(['City', 'Country', 'Place', 'Region']);
/** compromise lists common surnames (`Gomes`, `Sato`) as words; with a role after them they are names. */
const SURNAME_TAGS = new Set(['LastName']);

/**
 * `Kim Chaek University`, `Kim Jong Suk County`, `O Jin U Artillery Academy`: a place or body named
 * after someone, judged by the capitalised words after the name ending at `end`.
 */
export function namesPlaceOrBody(text: string, end: number): boolean {
  const nextWords = (/^(?: [A-Z][a-z]+){1,4}/.exec(text.slice(end, end + 60))?.[0] ?? '')
    .split(' ')
    .slice(1);
  for (const w of nextWords) {
    if (NON_PERSON_WORDS.has(w)) return !TITLE_WORDS.has(w) && !CALENDAR_WORDS.has(w);
    // `Kim Jong Il Inspects Command`, `Pak Ui Chun Thursday`: a headline verb or a date ends it.
    if (/(?:s|ed)$/.test(w)) return false;
  }
  return false;
}

/**
 * A Korean name: family name, then a given name of two syllables written apart (`Ri Son Gwon`) or
 * joined by a hyphen (`Lee Jae-myung`), or of one syllable (`Kim Chol`, needs a title or a role).
 */
const KOREAN_NAME =
  /\b([A-Z][a-z]{0,7}) ([A-Z][a-z]{0,6})(?:([ -])([A-Za-z][a-z]{0,6}))?(?![\p{L}\p{N}])/gu;

function isGivenSyllable(word: string): boolean {
  return SYLLABLE.test(word) && !NOT_GIVEN.has(word) && !NOT_GIVEN.has(capitalise(word));
}

const capitalise = (w: string): string => (w[0] ?? '').toUpperCase() + w.slice(1);

/**
 * Korean personal names by their shape: a listed family name and syllable-shaped given names, no
 * list of given names needed. A two-syllable given name is enough on its own; a one-syllable one
 * needs a title before it or a role after it. A place or body named after a person
 * (`Kim Chaek University`) is not the person.
 */
export function findKoreanNames(text: string, occupiedSpans: readonly Span[]): ActorMention[] {
  const out: ActorMention[] = [];
  const occupied = new SpanIndex<Span>(occupiedSpans);
  // Names are found in text order, so one end marks them all (adding to the index would not append).
  let foundUntil = 0;
  // One-syllable names with no title or role: people only as items of a list of people.
  const listed: Span[] = [];
  KOREAN_NAME.lastIndex = 0;
  for (let m = KOREAN_NAME.exec(text); m !== null; m = KOREAN_NAME.exec(text)) {
    const [, sur = '', g1 = '', sep, g2raw] = m;
    // Retry from the next word whatever happens: the next word may start a name.
    KOREAN_NAME.lastIndex = m.index + sur.length + 1;
    if (!KOREAN_SURNAMES.has(sur) || !isGivenSyllable(g1)) continue;
    const start = m.index;
    let end = start + sur.length + 1 + g1.length;
    const hyphenated = sep === '-' && g2raw !== undefined && /^[a-z]/.test(g2raw);
    const spaced = sep === ' ' && g2raw !== undefined && /^[A-Z]/.test(g2raw);
    let untitled = false;
    if ((hyphenated || spaced) && isGivenSyllable(g2raw ?? '')) {
      end += 1 + (g2raw ?? '').length;
    } else {
      if (sep === '-') continue; // `Kim Il-sung`-like forms the gazetteer lacks, or a compound word
      // `President Ho Chi Minh`: a one-syllable given name ends the name (a weekday may follow).
      const next = /^ ([A-Z][a-z]*)/.exec(text.slice(end, end + 12))?.[1];
      if (next !== undefined && !CALENDAR_WORDS.has(next)) continue;
      const titled = titledBefore(text, start);
      untitled = !titled && !APPOSITIVE_AFTER.test(text.slice(end, end + 60));
      // `Om Pong Guk, secretary`: without a title, a capitalised word before is the family name.
      if (!titled && /\p{Lu}\p{L}* $/u.test(text.slice(Math.max(0, start - 20), start))) continue;
    }
    if (start < foundUntil || occupied.overlaps(start, end)) continue;
    if (namesPlaceOrBody(text, end)) continue;
    // `the Seoul Ryu Kyong Su 105 Guards Tank Division`: a unit named after someone.
    if (/^ \d+(?:st|nd|rd|th)? [A-Z]/.test(text.slice(end, end + 10))) continue;
    if (untitled) {
      if (
        LIST_SEPARATOR_BEFORE.test(text.slice(Math.max(0, start - 6), start)) ||
        LIST_SEPARATOR_AFTER.test(text.slice(end, end + 6))
      )
        listed.push({ start, end });
      continue;
    }
    const surface = text.slice(start, end);
    out.push({
      start,
      end,
      surface,
      entry: personAsWritten(surface),
      extractor: 'actors/person-pattern',
      confidence: 0.8,
    });
    foundUntil = end;
    KOREAN_NAME.lastIndex = end;
  }
  if (listed.length === 0) return out;
  const people = [
    ...out,
    ...occupiedSpans.filter((s) => 'entry' in s && (s as ActorMention).entry.kind === 'person'),
  ];
  return [...out, ...listedPeople(text, listed, people)].sort((a, b) => a.start - b.start);
}

/** `, ` / ` and ` / `, and ` between two items of a list. */
const LIST_SEPARATOR_BEFORE = /(?:, |,? and )$/;
const LIST_SEPARATOR_AFTER = /^(?:, |,? and )/;

/**
 * `busts of O Jin U, Kim Il, Choe Chun Guk, Kang Kon and Choe Hyon`: a one-syllable Korean name
 * with no title is a person when a list item next to it is one (docs/actors.md). Two sweeps, one
 * each way, carry the evidence along runs of such names; maps keyed by offset keep it linear.
 */
function listedPeople(
  text: string,
  candidates: readonly Span[],
  people: readonly Span[],
): ActorMention[] {
  const ends = new Set(people.map((p) => p.end));
  const starts = new Set(people.map((p) => p.start));
  const accepted = new Set<Span>();
  const sepBefore = (c: Span): number =>
    LIST_SEPARATOR_BEFORE.exec(text.slice(Math.max(0, c.start - 6), c.start))?.[0].length ?? -1;
  const sepAfter = (c: Span): number =>
    LIST_SEPARATOR_AFTER.exec(text.slice(c.end, c.end + 6))?.[0].length ?? -1;
  const accept = (c: Span): void => {
    accepted.add(c);
    ends.add(c.end);
    starts.add(c.start);
  };
  for (const c of candidates) {
    const sep = sepBefore(c);
    if (sep >= 0 && ends.has(c.start - sep)) accept(c);
  }
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i] as Span;
    const sep = sepAfter(c);
    if (!accepted.has(c) && sep >= 0 && starts.has(c.end + sep)) accept(c);
  }
  return candidates
    .filter((c) => accepted.has(c))
    .map((c) => {
      const surface = text.slice(c.start, c.end);
      return {
        start: c.start,
        end: c.end,
        surface,
        entry: personAsWritten(surface),
        extractor: 'actors/person-pattern',
        confidence: 0.7,
      };
    });
}

/** Capitalised sequences of 2-7 words (titles included): candidates for western names. */
const CAP_SEQUENCE =
  /\b(?:[A-Z]\.|[A-Z][\p{L}'’-]+)(?:\s+(?:(?:de|da|del|van|von|der|bin|al|la|le|dos|di)\s+){0,2}(?:[A-Z]\.|[A-Z][\p{L}'’-]+|(?:al|el|ad|as|ash|ibn|bin)-[A-Z][\p{L}'’-]+)){1,6}/gu;

/**
 * Finds western people the gazetteer does not know (Korean names: {@link findKoreanNames}).
 * Conservative by design: a name needs a title before it, a role appositive after it, or
 * compromise recognising its first name.
 */
export function findPeople(
  text: string,
  taken: readonly Span[],
  blocked: readonly BlockedSpan[],
): ActorMention[] {
  const out: ActorMention[] = [];
  const occupied = new SpanIndex<Span>([...taken, ...blocked]);
  CAP_SEQUENCE.lastIndex = 0;
  for (let m = CAP_SEQUENCE.exec(text); m !== null; m = CAP_SEQUENCE.exec(text)) {
    const words = m[0].split(/\s+/);
    // Trim leading/trailing words that cannot be part of a name (`The`, `President`, `Association`).
    let a = 0;
    let b = words.length;
    let startOffset = m.index;
    const skipWord = (): void => {
      startOffset += (words[a] ?? '').length;
      while (/\s/.test(text[startOffset] ?? '')) startOffset++;
      a++;
    };
    while (a < b && (NON_PERSON_WORDS.has(words[a] ?? '') || !NAME_WORD.test(words[a] ?? ''))) {
      skipWord();
    }
    // `Iranian President Mahmoud Ahmadinejad Saturday`: the name runs from after the title to
    // before the calendar word.
    while (b > a && (PARTICLES.has(words[b - 1] ?? '') || CALENDAR_WORDS.has(words[b - 1] ?? '')))
      b--;
    const lastTitle = words.slice(a, b - 2).findLastIndex((w) => TITLE_WORDS.has(w));
    if (lastTitle >= 0) {
      const nameStart = a + lastTitle + 1;
      while (a < nameStart) skipWord();
    }
    // `Minister of Regional Development Viktor Basargin`: after a title's `of`, the field's English
    // words come before the name.
    if (TITLE_OF_FIELD.test(text.slice(Math.max(0, startOffset - 30), startOffset))) {
      let first = a;
      while (first < b - 2 && englishWord(words[first] ?? '')) first++;
      if (first > a && !englishWord(words[first] ?? '')) while (a < first) skipWord();
    }
    // `Commissioner of ... and Census C. Chandramauli`: after `of`/`and` the capitalised words
    // before an initial end a title's chain; the name starts at the initial.
    const initial = words.slice(a, b - 1).findIndex((w) => /^[A-Z]\.$/.test(w));
    if (
      initial > 0 &&
      /\b(?:of|and)\s+$/.test(text.slice(Math.max(0, startOffset - 5), startOffset))
    ) {
      const nameStart = a + initial;
      while (a < nameStart) skipWord();
    }
    const nameWords = words
      .slice(a, b)
      .map((w, i, all) => (i === all.length - 1 ? w.replace(/['’]s$/, '') : w));
    if (nameWords.length < 2 || nameWords.length > 4) continue;
    if (nameWords.some((w) => NON_PERSON_WORDS.has(w) || (!NAME_WORD.test(w) && !PARTICLES.has(w))))
      continue;
    if (/^[A-Z]\.$/.test(nameWords[nameWords.length - 1] ?? '')) continue;
    const name = nameWords.join(' ');
    const start = startOffset;
    const end = start + name.length;
    if (text.slice(start, end) !== name) continue; // irregular spacing: skip rather than misplace
    if (occupied.overlaps(start, end)) continue;
    if (namesShip(text, start, end)) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 60);
    const titled = TITLE_BEFORE.test(before);
    const appositive = APPOSITIVE_AFTER.test(after);
    // `E. Sukhinin`, `Erlinda F. Basilio`: an initial and a surname name a person (`S. Korea` is
    // the gazetteer's).
    const initialled =
      nameWords.slice(0, -1).some((w) => /^[A-Z]\.$/.test(w)) &&
      !englishWord(nameWords[0] ?? '') &&
      !NON_PERSON_WORDS.has(previousWord(text, start) ?? '');
    if (!titled && !appositive && !initialled && !lexiconSaysPerson(nameWords)) continue;
    out.push({
      start,
      end,
      surface: name,
      entry: personAsWritten(name),
      extractor: 'actors/person-pattern',
      confidence: titled || appositive ? 0.8 : 0.6,
    });
    occupied.add({ start, end });
  }
  return out;
}

/** The word right before `offset` when only spaces separate them (a walk back over one word). */
function previousWord(text: string, offset: number): string | undefined {
  let end = offset;
  while (end > 0 && text[end - 1] === ' ') end--;
  if (end === offset || end === 0) return undefined;
  let start = end;
  while (start > 0 && start > end - 40 && !/\s/.test(text[start - 1] ?? ' ')) start--;
  return text.slice(start, end);
}

/** A Korean name as the people finders write it: listed surname, then one or two syllables. */
function koreanSurnameOf(name: string): string | undefined {
  const parts = name.split(/[ -]/);
  const [sur = '', ...given] = parts;
  if (!KOREAN_SURNAMES.has(sur) || given.length < 1 || given.length > 2) return undefined;
  return given.every((g) => SYLLABLE.test(g)) ? sur : undefined;
}

const CAPITALISED_WORD = /(?<![\p{L}\p{N}'’-])[A-Z][a-z]+(?![\p{L}\p{N}-])/gu;
/** What may follow a bare surname: not another capitalised word (that would start a longer name). */
const NAME_GOES_ON =
  /^(?: [A-Z]|-\p{L}|\.\p{L}| (?:bin|ibn|al|el|de|da|del|van|von|der|di|dos|le|la)\b)/u;
const SENTENCE_START = /(?:^|[.!?:"“”]\s*|\n\s*)$/;

/**
 * Surname-only mentions. A Korean surname refers to the nearest person named in full before it
 * with that family name (`Kim took the post` after `Defense Minister Kim Kwan Jin`); a western
 * surname to the one earlier person whose name ends with it (`Kan's leadership` after `Prime
 * Minister Naoto Kan`). A surname after a title with no full name before it (`President Lee`,
 * `Prime Minister Kan`) is a person of its own, keyed by the surname. One pass over the
 * capitalised words, so it stays linear.
 */
export function findSurnameMentions(
  text: string,
  people: readonly ActorMention[],
  occupied: readonly Span[],
): ActorMention[] {
  const western = new Map<string, ActorMention | null>();
  for (const p of people) {
    if (koreanSurnameOf(p.entry.name) !== undefined) continue;
    const parts = p.entry.name.split(' ');
    const last = parts[parts.length - 1] ?? '';
    if (parts.length < 2 || last.length < 3 || NON_PERSON_WORDS.has(last)) continue;
    const prior = western.get(last);
    western.set(last, prior === undefined || prior?.entry.key === p.entry.key ? p : null);
  }
  const sorted = [...people].sort((a, b) => a.start - b.start);
  let next = 0;
  const latestKorean = new Map<string, ActorMention>();
  const own = new Map<string, GazetteerEntry>();
  const out: ActorMention[] = [];
  const occupiedIndex = new SpanIndex(occupied);
  CAPITALISED_WORD.lastIndex = 0;
  for (let m = CAPITALISED_WORD.exec(text); m !== null; m = CAPITALISED_WORD.exec(text)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    for (; next < sorted.length && (sorted[next]?.start ?? Infinity) < start; next++) {
      const p = sorted[next];
      const sur = p === undefined ? undefined : koreanSurnameOf(p.entry.name);
      if (p !== undefined && sur !== undefined) latestKorean.set(sur, p);
    }
    const korean = KOREAN_SURNAMES.has(word);
    const westernPerson = western.get(word);
    const wordBefore = previousWord(text, start);
    // `Bernanke, chairman of the Board ...`: a sentence, list item or mid-sentence phrase that is one name and its role.
    const ownNamed =
      (wordBefore !== undefined && OWN_TITLES.has(wordBefore)) ||
      (text[end] === ',' &&
        !korean &&
        (start === 0 ||
          /(?:[.!?"“”]\s+|\n\s*)$/.test(text.slice(Math.max(0, start - 4), start)) ||
          LIST_ITEM_BEFORE.test(text.slice(Math.max(0, start - 12), start)) ||
          (OBJECT_BEFORE.test(text.slice(Math.max(0, start - 24), start)) &&
            BARE_ROLE_AFTER.test(text.slice(end, end + 8)))) &&
        APPOSITIVE_AFTER.test(text.slice(end, end + 60)) &&
        ROLE_OF.test(text.slice(end, end + 60)) &&
        (!englishWord(word) || hasTag(word, SURNAME_TAGS)));
    // Most capitalised words are no surname at all: leave them before any costlier test.
    if (!korean && westernPerson === undefined && !ownNamed) continue;
    if (NAME_GOES_ON.test(text.slice(end, end + 6)) || occupiedIndex.overlaps(start, end)) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    // `Kaeson Youth Park`: a capitalised word before it makes the surname part of another name.
    if (
      wordBefore !== undefined &&
      /^[A-Z][\p{L}'’-]*$/u.test(wordBefore) &&
      !SENTENCE_WORDS.has(wordBefore) &&
      !TITLE_BEFORE.test(before)
    )
      continue;
    let person: ActorMention | undefined;
    if (korean) {
      const fullBefore = latestKorean.get(word);
      const englishLike = ENGLISH_LIKE_SURNAMES.has(word);
      if (
        fullBefore !== undefined &&
        (!englishLike || (!SENTENCE_START.test(before) && !/^ of\b/.test(text.slice(end, end + 4))))
      )
        person = fullBefore;
    } else if (westernPerson !== undefined && westernPerson !== null && start > westernPerson.start)
      person = westernPerson;
    if (person !== undefined) {
      out.push({ ...person, start, end, surface: word, confidence: 0.7 });
      continue;
    }
    if (!ownNamed || NON_PERSON_WORDS.has(word) || CALENDAR_WORDS.has(word)) continue;
    if (SENTENCE_WORDS.has(word)) continue;
    if (TITLE_BEFORE.test(`${word} `) || TITLE_WORDS.has(word)) continue;
    // A title and one name: the text names someone by surname only.
    const entry = own.get(word) ?? personAsWritten(word);
    own.set(word, entry);
    out.push({
      start,
      end,
      surface: word,
      entry,
      extractor: 'actors/surname-pattern',
      confidence: 0.6,
    });
  }
  return out;
}

import type { DatePrecision } from '../types';
import { HOLIDAYS } from './calendar-words';

/** A date expression found in text, resolved against the publication date. */
export interface DateMention {
  /** Offsets into the string that was searched. */
  readonly start: number;
  readonly end: number;
  /** The phrase as written, including a leading `On`/`in` when present. */
  readonly text: string;
  /** ISO `YYYY-MM-DD`; first day of the month/year for coarser precision. */
  readonly date: string;
  /** Last day of a range (`June 25-July 27`, `1950-1953`), else undefined. */
  readonly dateEnd?: string;
  readonly precision: DatePrecision;
  /** True when the expression resolves to the publication day itself (`today`, `on Thursday`). */
  readonly isPublicationDay: boolean;
  /** How sure we are of the resolved year: explicit years 1, past-bias guesses lower. */
  readonly confidence: number;
  /** The year was written out (`June 25, 1950`, `in 1950`); later `that year` refers to it. */
  readonly explicitYear: boolean;
  /** A publisher's date stamp (`[Juche113.6.11.]`): it dates the page, not a happening. */
  readonly stamp?: true;
  /** The year was worked out by subtraction (`the 36th anniversary`, `66 years since`). */
  readonly subtracted?: true;
}

/** The year last named before the text being read; `findDatesInContext` advances it. */
export interface DateContext {
  year?: number;
  /**
   * The last anniversary dated only to its year, with the head noun of its happening (`the 71st
   * anniversary of the victory in the war`): a later `July 27 war victory` is that happening's day.
   */
  anniversary?: { readonly year: number; readonly head: string };
  /**
   * Happenings named by their day (`the April 19 Popular Uprising`), by head noun: a later
   * `anniversary of the uprising` is dated to that day.
   */
  namedDays?: Map<string, readonly [month: number, day: number]>;
  /**
   * The year of an anecdote told from its first line (`One day in July Juche 65 (1976) ...`): its
   * `last year` is the year before the story's, not before publication.
   */
  story?: number;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

const MONTH_RE =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|Jun(?:e|\\.)?|Jul(?:y|\\.)?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)(?![A-Za-z])';
const DAY_RE = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const LEAD_RE =
  '(?:\\b(?:[Oo]n|[Ii]n|[Ss]ince|[Ff]rom|[Dd]uring|[Uu]ntil|[Tt]ill|[Bb]y|[Bb]efore|[Aa]fter|[Oo]f)\\s+)?';
const YEAR_LEAD_RE =
  '\\b(?:[Tt]he|[Aa]n?|[Oo]n|[Ii]n|[Ss]ince|[Ff]rom|[Dd]uring|[Uu]ntil|[Tt]ill|[Bb]y|[Bb]efore|[Aa]fter|[Oo]f|[Bb]etween|and|early|late|mid-?|the year|[Yy]ear|in the year)';

/** A number word may open a sentence (`Fifty-five years ...`): its first letter in either case. */
const eitherCase = (words: string): string =>
  words.replace(/\b[a-z]/g, (c) => `[${c.toUpperCase()}${c}]`);
/** Not the tail of a hyphenated number (`five` of `Fifty-five`). */
const NOT_AFTER_HYPHEN = '(?<![A-Za-z-])';
const ORDINAL_RE = `${NOT_AFTER_HYPHEN}(?:\\d{1,3}(?:st|nd|rd|th)|${eitherCase('(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?')}(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|${eitherCase('tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth')})`;
const CARDINAL_RE = `${NOT_AFTER_HYPHEN}(?:\\d{1,3}|${eitherCase('(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)')}(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|${eitherCase('one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen')})`;
/** A four-digit year that counts something else (`2011 tons`, the hill `1211 Height`) is not a year. */
const NOT_A_YEAR_RE =
  '(?![-–]?\\d|,\\d| ?(?:percent|per cent|tons?|won|yen|dollars|km|meters|people|units|times|Heights?)\\b)';
/**
 * A year after a lead word: 1800-2099, and 1000-1799 too (`compiled in 1445`, `rebuilt in 1714`:
 * history articles) unless after `the`, where such a number is more often a count.
 */
const LEAD_YEAR_RE = '1[89]\\d\\d|20\\d\\d|(?<!\\b[Tt]he\\s{1,3})1[0-7]\\d\\d';
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HOLIDAY_RE = Object.keys(HOLIDAYS)
  .map((name) => escapeRe(name).replace(/'/g, "['’]"))
  .join('|');

/**
 * One combined, sticky-free global regex; alternatives are ordered so longer forms win at the
 * same position. Named groups tell the resolver which form matched.
 */
const DATE_RE = new RegExp(
  [
    // `Juche 110 (2021)`, `Juche 113`, and the kcna.kp footer `[Juche113.6.11.]`.
    `(?<juche>\\bJuche\\s?(?<jy>\\d{1,3})(?:\\.(?<jm>\\d{1,2})\\.(?<jd>\\d{1,2})\\.?)?(?:\\s*\\((?<jg>\\d{4})\\))?)`,
    // `June 25, 1950`, `Dec. 20`, `Nov.16`, `July 19-22`, `June 25-July 27`, `Oct. 28 and 31`,
    // `January 29, Juche 92 (2003)`.
    `(?<md>${LEAD_RE}\\b(?<mdm>${MONTH_RE})(?:\\s+|(?<=\\.))(?<mdd>${DAY_RE})\\b(?:\\s*(?:-|–|to)\\s*(?:(?<mdm2>${MONTH_RE})\\s+)?(?<mdd2>${DAY_RE})\\b)?(?:(?:,?|\\s+of)\\s+(?<mdy>\\d{4})\\b|,?\\s+Juche\\s?(?<mdjy>\\d{1,3})\\b(?:\\s*\\((?<mdjg>\\d{4})\\))?|(?<mdthat>\\s+(?:of\\s+)?(?:that|the same)\\s+year)|\\s+(?:of\\s+)?(?<mdrel>this|last|next)\\s+year)?)`,
    // `25 June 1950`.
    `(?<dm>${LEAD_RE}\\b(?<dmd>${DAY_RE})\\s+(?<dmm>${MONTH_RE})(?:,?\\s+(?<dmy>\\d{4}))?\\b)`,
    // `from January to June this year`, `between January and August this year`: a month range.
    `(?<mr>(?:[Ff]rom|[Bb]etween)\\s+(?<mra>${MONTH_RE})\\s+(?:to|till|until|through|and)\\s+(?<mrb>${MONTH_RE})(?:,?\\s+(?<mry>\\d{4})|,?\\s+Juche\\s?(?<mrjy>\\d{1,3})\\b(?:\\s*\\((?<mrjg>\\d{4})\\))?|\\s+(?<mrrel>this|last|next)\\s+year)?)`,
    // `the third quarter of the year`, `the first half of 2011`: the months they start with.
    `(?<part>\\b(?:(?:[Ii]n|[Dd]uring|[Oo]f)\\s+)?the\\s+(?<partn>first|second|third|fourth|latter|last)\\s+(?<partu>quarter|half)\\b(?:\\s+of\\s+(?:(?<partrel>this|last|the)\\s+year|(?<party>1[89]\\d\\d|20\\d\\d)\\b)|,?\\s+(?<party2>1[89]\\d\\d|20\\d\\d)\\b|\\s+(?<partrel2>this|last)\\s+year)?)`,
    // `at the outset of the year`, `from the beginning of the year`, `early in the year` (`the end
    // of the year 1424` is left to the year).
    `(?<yp>\\b(?:(?:[Aa]t|[Ii]n|[Ff]rom|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Tt]owards?)\\s+)?the\\s+(?:very\\s+)?(?:outset|beginning|start|end|middle)\\s+of\\s+the\\s+year\\b(?![\\s,]+(?:\\d|Juche))|\\b(?:early|late)\\s+in\\s+the\\s+year\\b)`,
    // `early this year`, `last year`, `last month`, `early March`, `March 2011`, `October last year`,
    // `One August day of Juche 35 (1946)` (an anecdote's month).
    `(?<rel>(?:${LEAD_RE})(?:(?<relq>early|earlier|late|later|mid|the end of|the beginning of|the middle of)(?:\\s+|-))?(?:(?<rely>[Tt]his|[Ll]ast|[Nn]ext)\\s+(?:(?:significant|meaningful|historic|stirring|eventful|memorable)\\s+)?(?<relu>year|month)|(?:(?<relml>[Tt]his|[Ll]ast|[Nn]ext)\\s+)?(?<relm>${MONTH_RE})(?!\\s+\\d{1,2}(?!\\d))(?:(?:,?|\\s+of|\\s+day\\s+(?:of|in))\\s+(?<relmy>\\d{4})|(?:,?|\\s+of|\\s+day\\s+(?:of|in))\\s+Juche\\s?(?<reljy>\\d{1,3})\\b(?:\\s*\\((?<reljg>\\d{4})\\))?|\\s+(?<relmrel>this|last|next)\\s+year|(?<relthat>\\s+(?:day\\s+)?(?:of\\s+)?(?:that|the same)\\s+year)|\\s+(?<relmlast>last)\\b(?!\\s+(?:week|month|year)))?(?!\\s+Day\\b)))`,
    // `the 1950s` (matched so that its digits are not read as a year; no date), `in 1950`,
    // `1950-1953`.
    `(?<dec>\\b(?:the\\s+)?(?:1[89]\\d0|20[0-2]0)s\\b)`,
    `(?<yr>\\b${YEAR_LEAD_RE}\\s+(?<yy>${LEAD_YEAR_RE})(?:\\s*(?:-|–)\\s*(?<yy2>${LEAD_YEAR_RE}))?\\b${NOT_A_YEAR_RE})`,
    // `on Thursday`, `Monday`, `last Friday`, `yesterday`, `today`, `tomorrow`.
    `(?<wd>(?:\\b(?:[Oo]n|[Ll]ast|[Nn]ext|[Tt]his)\\s+)?\\b(?<wdn>Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\\b)`,
    `(?<rd>\\b(?<rdn>[Yy]esterday|today|tomorrow|[Tt]he day before yesterday)\\b)`,
    `(?<ago>\\b(?<agon>${CARDINAL_RE})\\s+(?<agou>years?|months?|days?)\\s+ago\\b)`,
    // `the 36th anniversary`, `the 76th founding anniversary`, `the 76th DPRK birthday`: the
    // happening is N years back.
    // `the centenary of birth of ...` is the 100th anniversary (only with the year it falls in named).
    `(?<ann>\\b(?<annn>${ORDINAL_RE})\\s+(?:[A-Z]{2,5}\\s+)?(?:(?:founding|foundation|birth|death)\\s+)?(?:anniversary|birthday)\\b|\\bthe\\s+(?<annc>centenary)(?=\\s+of\\s))`,
    // `the lapse of 66 years since their occupation`, `one year since the incident`; `66 years since
    // 1945` is the year's.
    `(?<since>\\b(?<sincen>${CARDINAL_RE})\\s+years?\\s+(?:(?:have|has|had)\\s+passed\\s+)?since\\b(?!\\s+(?:1[89]\\d\\d|20\\d\\d)\\b))`,
    `(?<hol>\\b(?<holn>${HOLIDAY_RE})(?![\\w'’])(?!\\s+of\\b))`,
    // `on the occasion of the New Year`, `the New Year Juche 113 (2024)`, `the New Year 2024`.
    `(?<ny>(?:\\b[Oo]n\\s+(?:the\\s+occasion\\s+of\\s+)?)?\\bthe\\s+New\\s+Year\\b(?!['’]|\\s+Day\\b)(?:,?\\s+(?:(?<nyy>1[89]\\d\\d|20\\d\\d)\\b|Juche\\s?(?<nyjy>\\d{1,3})\\b(?:\\s*\\((?<nyjg>\\d{4})\\))?))?)`,
    `(?<same>\\b(?:(?:[Ii]n|[Oo]f|[Dd]uring|[Bb]y|(?:[Ll]ater|[Ee]arly|[Ll]ate|[Ee]arlier)\\s+in)\\s+)?the\\s+same\\s+year\\b|\\b(?:[Ii]n|[Oo]f|[Dd]uring)\\s+that\\s+year\\b)`,
    // Any other written year: not an event, but the year `the same year` refers to.
    `(?<by>\\b(?:1[89]\\d\\d|20\\d\\d)\\b${NOT_A_YEAR_RE})`,
  ].join('|'),
  'g',
);

const CARDINALS =
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const ORDINALS =
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth'.split(
    ' ',
  );
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety hundred'.split(' ');
const ORDINAL_TENS =
  'twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth hundredth'.split(
    ' ',
  );

/** Word -> value for the number words the patterns above accept. */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ...[CARDINALS, ORDINALS].flatMap((list) => list.map((w, i) => [w, i + 1] as const)),
  ...[TENS, ORDINAL_TENS].flatMap((list) => list.map((w, i) => [w, (i + 2) * 10] as const)),
]);

/** N of an anniversary (`the 36th anniversary`, `the centenary`) or of `N years since`. */
function anniversaryNumber(g: Groups): number {
  return g.annc === undefined ? numberValue(g.annn ?? g.sincen) : 100;
}

/** `66`, `66th`, `sixty-six`, `sixty-sixth`, `fourth` to a number; NaN when not one. */
function numberValue(word: string | undefined): number {
  if (word === undefined) return Number.NaN;
  const digits = /^\d+/.exec(word);
  if (digits !== null) return Number(digits[0]);
  let total = 0;
  for (const part of word.toLowerCase().split('-')) {
    const value = NUMBER_WORDS.get(part);
    if (value === undefined) return Number.NaN;
    total += value;
  }
  return total;
}

/** Dates are stored as 4-digit ISO years (as the source parsers require). */
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

/** Publication date parts; dates without one resolve only when they carry their own year. */
export interface Anchor {
  readonly y: number;
  readonly m: number;
  readonly d: number;
  readonly time: number;
}

export function parseAnchor(iso: string | undefined): Anchor | undefined {
  const m = iso === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (m === null) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  // `2021-02-30` or `0000-00-00` would anchor relative dates to a day that does not exist (and
  // Date.UTC reads years 0-99 as 19xx); no anchor is better than a wrong one.
  if (y < MIN_YEAR || !validDay(y, mo, d)) return undefined;
  return { y, m: mo, d, time: Date.UTC(y, mo - 1, d) };
}

const pad = (n: number): string => String(n).padStart(2, '0');
export const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
export const DAY_MS = 86_400_000;

export function isoFromTime(time: number): string {
  const dt = new Date(time);
  return iso(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

function monthNumber(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  return MONTHS[word.replace(/\.$/, '').toLowerCase()];
}

export function validDay(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/**
 * True for an ISO `YYYY-MM-DD` naming a real day in 1000-9999. `June 25, 0000`, `Juche 110 (0999)`
 * or `tomorrow` on 9999-12-31 would otherwise resolve to `0-06-25` or `10000-01-01`.
 */
function isStorableDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m === null) return false;
  const y = Number(m[1]);
  return y >= MIN_YEAR && y <= MAX_YEAR && validDay(y, Number(m[2]), Number(m[3]));
}

/**
 * Year for a month/day without one, biased to the past: state media cite what happened; a date more
 * than 30 days after publication is read as last year's.
 */
export function pastBiasedYear(anchor: Anchor, m: number, d: number): number {
  const sameYear = Date.UTC(anchor.y, m - 1, d);
  return sameYear - anchor.time > 30 * DAY_MS ? anchor.y - 1 : anchor.y;
}

/**
 * Year for a planned month/day without one (`will meet on August 3`): the next such day, allowing
 * a month back for a plan reported late.
 */
function plannedYear(anchor: Anchor, m: number, d: number): number {
  return anchor.time - Date.UTC(anchor.y, m - 1, d) > 30 * DAY_MS ? anchor.y + 1 : anchor.y;
}

/**
 * Year of a holiday named without one: its next occurrence when that is at most 60 days ahead
 * (preparations), else its last one (celebrations, reports).
 */
function holidayYear(anchor: Anchor, m: number, d: number): number {
  const next = Date.UTC(anchor.y, m - 1, d) >= anchor.time ? anchor.y : anchor.y + 1;
  if (Date.UTC(next, m - 1, d) - anchor.time <= 60 * DAY_MS) return next;
  return next - 1;
}

/** `last year` -1, `this year` 0, `next year` +1. */
function yearOffset(word: string | undefined): number {
  const w = word?.toLowerCase();
  return w === 'last' ? -1 : w === 'next' ? 1 : 0;
}

const PART_INDEX: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  latter: 2,
};

/**
 * `the third quarter of the year` from July, `the first half of 2011` from January, at month
 * precision. Without a year only a numbered quarter resolves, to the latest begun by publication;
 * `the first half` alone is as often a match's or a century's.
 */
function resolvePart(g: Groups, anchor: Anchor | undefined): Resolved | undefined {
  const quarter = g.partu === 'quarter';
  const index = g.partn === 'last' ? (quarter ? 4 : 2) : (PART_INDEX[g.partn ?? ''] ?? 0);
  if (index === 0 || (!quarter && index > 2)) return undefined;
  const months = quarter ? 3 : 6;
  const m = (index - 1) * months + 1;
  const written = g.party ?? g.party2;
  const relative = g.partrel ?? g.partrel2;
  let y: number;
  if (written !== undefined) y = Number(written);
  else if (anchor === undefined) return undefined;
  else if (relative !== undefined) y = anchor.y + (relative === 'last' ? -1 : 0);
  else if (!quarter || g.partn === 'last' || g.partn === 'latter') return undefined;
  else y = m <= anchor.m ? anchor.y : anchor.y - 1;
  const endMonth = m + months - 1;
  const lastDay = new Date(Date.UTC(y, endMonth, 0)).getUTCDate();
  return {
    date: iso(y, m, 1),
    dateEnd: iso(y, endMonth, lastDay),
    precision: 'month',
    confidence: written === undefined ? 0.8 : 0.9,
  };
}

/** Juche era: Juche 1 = 1912. */
export function jucheToGregorian(jucheYear: number): number {
  return jucheYear + 1911;
}

interface Resolved {
  date: string;
  dateEnd?: string;
  precision: DatePrecision;
  confidence: number;
}

type Groups = Readonly<Record<string, string | undefined>>;

function resolve(
  g: Groups,
  anchor: Anchor | undefined,
  contextYear: number | undefined,
  anniversaryYear?: number,
  planned = false,
): Resolved | undefined {
  if (g.mr !== undefined) {
    const a = monthNumber(g.mra);
    const b = monthNumber(g.mrb);
    if (a === undefined || b === undefined) return undefined;
    const written =
      g.mry ?? g.mrjg ?? (g.mrjy === undefined ? undefined : jucheToGregorian(Number(g.mrjy)));
    let y: number;
    if (written !== undefined) y = Number(written);
    else if (anchor === undefined) return undefined;
    else if (g.mrrel !== undefined) y = anchor.y + yearOffset(g.mrrel);
    // `will be held between February and March`: the coming ones.
    else if (planned) y = a < anchor.m ? anchor.y + 1 : anchor.y;
    else y = b > anchor.m ? anchor.y - 1 : anchor.y;
    const yb = b < a ? y + 1 : y;
    const lastDay = new Date(Date.UTC(yb, b, 0)).getUTCDate();
    return {
      date: iso(y, a, 1),
      dateEnd: iso(yb, b, lastDay),
      precision: 'month',
      confidence: 0.85,
    };
  }
  if (g.part !== undefined) return resolvePart(g, anchor);
  if (g.juche !== undefined) {
    const y = g.jg !== undefined ? Number(g.jg) : jucheToGregorian(Number(g.jy));
    if (g.jm !== undefined && g.jd !== undefined) {
      const m = Number(g.jm);
      const d = Number(g.jd);
      if (!validDay(y, m, d)) return undefined;
      return { date: iso(y, m, d), precision: 'day', confidence: 0.95 };
    }
    return { date: iso(y, 1, 1), precision: 'year', confidence: 0.95 };
  }
  if (g.md !== undefined || g.dm !== undefined) {
    const m = monthNumber(g.mdm ?? g.dmm);
    const d = Number.parseInt(g.mdd ?? g.dmd ?? '', 10);
    if (m === undefined || Number.isNaN(d)) return undefined;
    const juche =
      g.mdjg ?? (g.mdjy !== undefined ? jucheToGregorian(Number(g.mdjy)).toString() : undefined);
    const explicit =
      g.mdy ?? juche ?? g.dmy ?? (g.mdthat !== undefined ? contextYear?.toString() : undefined);
    // `December 1 that year` with no year named before it cannot be dated.
    if (g.mdthat !== undefined && explicit === undefined) return undefined;
    let y: number;
    if (explicit !== undefined) y = Number(explicit);
    else if (g.mdrel !== undefined && anchor !== undefined) y = anchor.y + yearOffset(g.mdrel);
    else if (anchor !== undefined)
      y = planned ? plannedYear(anchor, m, d) : pastBiasedYear(anchor, m, d);
    else return undefined;
    if (!validDay(y, m, d)) return undefined;
    const out: Resolved = {
      date: iso(y, m, d),
      precision: 'day',
      confidence: explicit !== undefined ? 0.95 : 0.85,
    };
    if (g.mdd2 !== undefined) {
      const m2 = monthNumber(g.mdm2) ?? m;
      const d2 = Number.parseInt(g.mdd2, 10);
      const y2 = m2 < m ? y + 1 : y;
      if (validDay(y2, m2, d2) && Date.UTC(y2, m2 - 1, d2) > Date.UTC(y, m - 1, d))
        out.dateEnd = iso(y2, m2, d2);
    }
    return out;
  }
  if (g.rel !== undefined) {
    if (g.relu !== undefined) {
      if (anchor === undefined) return undefined;
      const back = -yearOffset(g.rely);
      if (g.relu === 'year')
        return { date: iso(anchor.y - back, 1, 1), precision: 'year', confidence: 0.9 };
      const mIndex = anchor.m - 1 - back;
      const y = anchor.y + Math.floor(mIndex / 12);
      const m = (((mIndex % 12) + 12) % 12) + 1;
      return { date: iso(y, m, 1), precision: 'month', confidence: 0.85 };
    }
    const m = monthNumber(g.relm);
    if (m === undefined) return undefined;
    const year =
      g.relmy ?? g.reljg ?? (g.reljy === undefined ? undefined : jucheToGregorian(Number(g.reljy)));
    if (year !== undefined)
      return { date: iso(Number(year), m, 1), precision: 'month', confidence: 0.95 };
    if (g.relthat !== undefined)
      return contextYear === undefined
        ? undefined
        : { date: iso(contextYear, m, 1), precision: 'month', confidence: 0.8 };
    if (anchor === undefined) return undefined;
    if (g.relmrel !== undefined)
      return {
        date: iso(anchor.y + yearOffset(g.relmrel), m, 1),
        precision: 'month',
        confidence: 0.9,
      };
    // `last July`, `in August last`: the latest such month before this one; `next February` the
    // first after it.
    const which = g.relml?.toLowerCase() ?? (g.relmlast === undefined ? undefined : 'last');
    if (which !== undefined) {
      const y =
        which === 'this'
          ? anchor.y
          : which === 'last'
            ? anchor.y - (m < anchor.m ? 0 : 1)
            : anchor.y + (m > anchor.m ? 0 : 1);
      return { date: iso(y, m, 1), precision: 'month', confidence: 0.85 };
    }
    // A month planned (`are planning to stage exercises in July`) is the coming one.
    if (planned)
      return {
        date: iso(anchor.y + (m < anchor.m ? 1 : 0), m, 1),
        precision: 'month',
        confidence: 0.8,
      };
    // Past-biased like a day without a year, but next month is a plan (`will stay in August`).
    const ahead = (m - anchor.m + 12) % 12;
    const y = ahead === 1 ? anchor.y + (m === 1 ? 1 : 0) : m > anchor.m ? anchor.y - 1 : anchor.y;
    return { date: iso(y, m, 1), precision: 'month', confidence: 0.75 };
  }
  if (g.ann !== undefined || g.since !== undefined) {
    // Mechanical, from the year of the anniversary: `the 60th anniversary of X` in 2010 dates X to
    // 1950, `next year ... the 80th anniversary` in 2024 to 1945.
    const n = anniversaryNumber(g);
    if (anchor === undefined || !(n > 0)) return undefined;
    // A centenary is mostly spoken of ahead (`this year ... to greet the centenary of birth`, for
    // next year's): only another year named near it, the one it falls in, dates its happening.
    if (g.annc !== undefined && (anniversaryYear === undefined || anniversaryYear === anchor.y))
      return undefined;
    return {
      date: iso((anniversaryYear ?? anchor.y) - n, 1, 1),
      precision: 'year',
      confidence: 0.8,
    };
  }
  if (g.ny !== undefined) {
    const written =
      g.nyy ?? g.nyjg ?? (g.nyjy === undefined ? undefined : jucheToGregorian(Number(g.nyjy)));
    if (written !== undefined)
      return { date: iso(Number(written), 1, 1), precision: 'day', confidence: 0.9 };
    // Only `on (the occasion of) the New Year` is the holiday: `in the New Year` is the year.
    if (anchor === undefined || !/^on\s/i.test(g.ny)) return undefined;
    return { date: iso(holidayYear(anchor, 1, 1), 1, 1), precision: 'day', confidence: 0.8 };
  }
  if (g.hol !== undefined) {
    const day = HOLIDAYS[(g.holn ?? '').replace(/’/g, "'")];
    if (day === undefined || anchor === undefined) return undefined;
    const [m, d] = day;
    return { date: iso(holidayYear(anchor, m, d), m, d), precision: 'day', confidence: 0.8 };
  }
  // The wire's `the year` is this year: an earlier year in the article is rarely the one meant
  // (pool: 1 wrong of 39; the last named year instead was wrong in 7 of the 10 it changed).
  if (g.yp !== undefined)
    return anchor === undefined
      ? undefined
      : { date: iso(anchor.y, 1, 1), precision: 'year', confidence: 0.8 };
  if (g.same !== undefined) {
    if (contextYear === undefined) return undefined;
    return { date: iso(contextYear, 1, 1), precision: 'year', confidence: 0.8 };
  }
  if (g.yr !== undefined) {
    const y = Number(g.yy);
    if (anchor !== undefined && y > anchor.y + 10) return undefined;
    const out: Resolved = { date: iso(y, 1, 1), precision: 'year', confidence: 0.9 };
    if (g.yy2 !== undefined && Number(g.yy2) > y) out.dateEnd = iso(Number(g.yy2), 12, 31);
    return out;
  }
  if (anchor === undefined) return undefined;
  if (g.wd !== undefined) {
    const target = WEEKDAYS[(g.wdn ?? '').toLowerCase()];
    if (target === undefined) return undefined;
    const dow = new Date(anchor.time).getUTCDay();
    const lead = (g.wd.split(/\s+/)[0] ?? '').toLowerCase();
    let delta = (dow - target + 7) % 7; // days back to the most recent such weekday
    if (lead === 'last' && delta === 0) delta = 7;
    if (lead === 'next') delta = -((target - dow + 7) % 7 || 7);
    return { date: isoFromTime(anchor.time - delta * DAY_MS), precision: 'day', confidence: 0.8 };
  }
  if (g.rd !== undefined) {
    const word = (g.rdn ?? '').toLowerCase();
    const delta = word === 'today' ? 0 : word === 'tomorrow' ? -1 : word === 'yesterday' ? 1 : 2;
    return { date: isoFromTime(anchor.time - delta * DAY_MS), precision: 'day', confidence: 0.8 };
  }
  if (g.ago !== undefined) {
    const n = numberValue(g.agon);
    if (Number.isNaN(n)) return undefined;
    const unit = g.agou ?? '';
    if (unit.startsWith('year'))
      return { date: iso(anchor.y - n, 1, 1), precision: 'year', confidence: 0.7 };
    if (unit.startsWith('month')) {
      const mIndex = anchor.m - 1 - n;
      const y = anchor.y + Math.floor(mIndex / 12);
      return {
        date: iso(y, (((mIndex % 12) + 12) % 12) + 1, 1),
        precision: 'month',
        confidence: 0.7,
      };
    }
    return { date: isoFromTime(anchor.time - n * DAY_MS), precision: 'day', confidence: 0.7 };
  }
  return undefined;
}

/**
 * Capitalized nouns that make `April 25 Sports Team`, `the February 8 Vinalon Complex` or `February
 * 16 Art Prize` a name.
 */
const NAME_NOUN_AFTER_RE =
  /^(?:\s+[A-Z][a-z]+){0,2}?\s+(?:North|Team|Club|Sports|House|Street|Factory|Works|Complex|Stadium|Hall|Prize|Medal|Order|Youth|Movement|Declaration|Statement|Agreement|Joint|Mine|Farm|Bridge|School|University|Square|Theatre|Theater|Film|Studio|Company|Group|Plant|Mill|Station|Park|Goods|Nursery|Kindergarten|Hostel|Art|Brigade)\b/;
/** `producing August 3 consumer goods`, `October 4 declaration`: names written in lower case. */
const LOWER_CASE_NAME_AFTER_RE = /^\s+(?:(?:joint\s+)?declaration|consumer\s+goods)\b/i;
/** `under the banner of June 15`, `the era of June 15`: a declaration's day standing for it. */
const BANNER_OF_BEFORE_RE = /\b(?:banner|era|spirit|idea|ideal|road|path|flag)\s+$/i;
/** `the <Month> <day> <happening> in <year>`: the name's year is in the text after all. */
const NAMED_DATE_YEAR_RE = /^(?:\s+[a-z][a-z-]*){1,4}\s+(?:in|of)\s+(1[89]\d\d|20\d\d)\b/;

/**
 * Dates used as names rather than as times: `the September 19 joint statement`, `a team named after
 * April 25`, `the June 25-July 27 month of anti-U.S. joint struggle`. With no year in the text
 * (the statement is from 2005) resolving them would invent a wrong date: `skip`. When the name
 * is followed by its year (`the July 27 victory in 1953`) it dates that day: the year and where
 * the phrase ends.
 */
function namedDate(
  text: string,
  start: number,
  end: number,
  g: Groups,
): 'skip' | { year: number; end: number } | undefined {
  if (g.md === undefined && g.dm === undefined) return undefined;
  if ((g.mdy ?? g.mdjy ?? g.mdthat ?? g.mdrel ?? g.dmy) !== undefined) return undefined;
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(end, end + 60);
  const namedAfter =
    /\bnamed\s+after\s+(?:the\s+)?$/i.test(before) ||
    (/\bnamed\s+$/i.test(before) && /^after\s/i.test(m0(g)));
  if (namedAfter) return 'skip';
  // `Committee for Implementation of June 15 Joint Declaration`, `the banner of June 15`.
  if (/^of\s/i.test(m0(g)) && (NAME_NOUN_AFTER_RE.test(after) || BANNER_OF_BEFORE_RE.test(before)))
    return 'skip';
  if (/^(?:on|in|since|from|by|of|during|until|till|before|after)\s/i.test(m0(g))) return undefined;
  if (/["“'‘]$/.test(before) && /^["”'’]/.test(after)) return 'skip';
  // `the "May 24 measure"`: a quoted name that starts with the date.
  if (/["“]$/.test(before) && /^(?:\s+[A-Za-z-]+){1,3}["”]/.test(after)) return 'skip';
  if (NAME_NOUN_AFTER_RE.test(after)) return 'skip';
  // `the June 15 joint declaration`, `the historic October 4 declaration`; without `the` only the
  // names that never time anything (`its action program October 4 declaration`).
  if (!/\bthe\s(?:[a-z]{4,}\s)?$/i.test(before))
    return LOWER_CASE_NAME_AFTER_RE.test(after) ? 'skip' : undefined;
  if (/^\s+(?:issue|edition|number|session)\b/i.test(after) || !/^\s+[A-Za-z]/.test(after))
    return undefined;
  const year = NAMED_DATE_YEAR_RE.exec(after);
  if (year?.[1] === undefined) return 'skip';
  return { year: Number(year[1]), end: end + year[0].length };
}

/**
 * The head noun of `of the victory in the Fatherland Liberation War` after an anniversary: the last
 * word before a preposition, `and` or a comma (`victory`, `uprising`, `declaration`).
 */
function happeningHead(after: string): string | undefined {
  const phrase = /^\s+of\s+(.{1,80}?)(?=\s+(?:in|of|for|by|on|at|and|to)\b|[,.;:"“”()]|$)/.exec(
    after,
  );
  const head = /([A-Za-z][a-z-]{3,})$/.exec(phrase?.[1] ?? '')?.[1];
  return head?.toLowerCase();
}

/** A day as the subject of what it was: `marked the start of`, `is the day when`, `was a day of`. */
const HISTORIC_DAY_AFTER_RE =
  /^,?\s+(?:marked|was|is)\s+(?:the|a|an)\s+(?:[a-z]+\s+){0,3}?(?:day|start|beginning|dawn)\b/;

/** How far from the publication day a named day may be to be the anniversary being marked. */
const ANNIVERSARY_SEASON_DAYS = 45;

function inAnniversarySeason(anchor: Anchor, m: number, d: number): boolean {
  if (!validDay(anchor.y, m, d)) return false;
  const gap = Math.abs(Date.UTC(anchor.y, m - 1, d) - anchor.time) / DAY_MS;
  return Math.min(gap, 365 - gap) <= ANNIVERSARY_SEASON_DAYS;
}

/**
 * `Uprising` of `the April 19 Popular Uprising created ...` (the last of its capitalised words),
 * `declaration` of `the June 15 joint declaration and ...`: the name's head noun.
 */
const NAMED_DAY_HEAD_RE =
  /^(?:(?:\s+[A-Z][a-z-]*){0,3}\s+([A-Z][a-z-]{3,})(?!\s+[A-Z])|(?:\s+[a-z][a-z-]*){0,2}\s+([a-z][a-z-]{3,})(?=\s+(?:in|of|for|by|on|at|and|to|that|which|was|were|is|has|had)\b|[,.;:"“”()]|$))/;

/** Remembers the day of a happening named by it, for a later anniversary of it. */
function recordNamedDay(after: string, g: Groups, context: DateContext): void {
  if (g.md === undefined || g.mdd2 !== undefined) return;
  const m = monthNumber(g.mdm);
  const d = Number.parseInt(g.mdd ?? '', 10);
  const found = NAMED_DAY_HEAD_RE.exec(after);
  const head = (found?.[1] ?? found?.[2])?.toLowerCase();
  if (m === undefined || Number.isNaN(d) || head === undefined) return;
  (context.namedDays ??= new Map()).set(head, [m, d]);
}

/**
 * `... brought about July 27 war victory` after `the 71st anniversary of the victory in the war`:
 * a day and month used as a name (no year, no preposition), followed within three words by the
 * anniversary's head noun and falling near the publication day (anniversaries are marked around
 * their day), is that happening's day in the year the anniversary dated it to.
 */
function anniversaryDay(
  text: string,
  start: number,
  end: number,
  g: Groups,
  context: DateContext,
  anchor: Anchor | undefined,
): { year: number; end: number } | undefined {
  const anniversary = context.anniversary;
  if (anniversary === undefined || anchor === undefined || g.md === undefined) return undefined;
  if ((g.mdd2 ?? g.mdy ?? g.mdjy ?? g.mdthat ?? g.mdrel) !== undefined) return undefined;
  const m = monthNumber(g.mdm);
  const d = Number.parseInt(g.mdd ?? '', 10);
  if (m === undefined || !inAnniversarySeason(anchor, m, d)) return undefined;
  // `the immortal victory of July 27`: the head noun, then the day.
  if (
    /^of\s/i.test(g.md) &&
    text
      .slice(Math.max(0, start - 30), start)
      .toLowerCase()
      .endsWith(`${anniversary.head} `)
  )
    return { year: anniversary.year, end };
  // `on July 27` times something; `July 27 war victory` names it.
  if (/^(?:on|in|since|from|by|of|during|until|till|before|after)\s/i.test(g.md)) return undefined;
  // `Aug. 15 marked the start of the new history ... in liberating Korea` after the anniversary of
  // liberation: the day as what it was, when the sentence speaks of the same happening (its head
  // noun's stem: `liberat`), not any day in the season (`July 27 was the day of victory`).
  if (
    HISTORIC_DAY_AFTER_RE.test(text.slice(end, end + 60)) &&
    text
      .slice(end, end + 160)
      .toLowerCase()
      .includes(anniversary.head.slice(0, 5))
  )
    return { year: anniversary.year, end };
  // The phrase runs to the head noun: `July 27 war victory`.
  const phrase = /^(?:\s+[a-z][a-z-]*){1,3}/.exec(text.slice(end, end + 40))?.[0] ?? '';
  let at = end;
  for (const w of phrase.match(/\s+[a-z][a-z-]*/g) ?? []) {
    at += w.length;
    if (w.trim() === anniversary.head) return { year: anniversary.year, end: at };
  }
  return undefined;
}

/** `, 20 years ago` right after a day: the year of that day. */
const YEARS_AGO_AFTER_RE = new RegExp(`^,\\s+(${CARDINAL_RE})\\s+years\\s+ago\\b`);

/**
 * `on December 25, 20 years ago`, `August 15, 66 years ago, was the day`: the day in the year N
 * years back, not this year's (the `20 years ago` after it stays its own year).
 */
function yearsAgoDay(
  after: string,
  g: Groups,
  anchor: Anchor | undefined,
  end: number,
): { year: number; end: number } | undefined {
  if (g.md === undefined || anchor === undefined) return undefined;
  if ((g.mdd2 ?? g.mdy ?? g.mdjy ?? g.mdthat ?? g.mdrel) !== undefined) return undefined;
  const n = numberValue(YEARS_AGO_AFTER_RE.exec(after)?.[1]);
  return n > 0 ? { year: anchor.y - n, end } : undefined;
}

/** The whole day-month phrase of a match. */
const m0 = (g: Groups): string => g.md ?? g.dm ?? '';

/**
 * `in its October issue`, `the November issue of bulletin "Thongil"`: a periodical's issue named by
 * its month is the cited outlet's act of publishing in that month, so the bare month is a time. A
 * double issue (`the February-March issue`) is dated by its first month, as a range is.
 */
const ISSUE_AFTER_RE = /^(?:[-–][A-Z][a-z]+)?\s+issues?\b/;

/** `May` and `March` are ordinary words unless a preposition or qualifier introduces them. */
function isBareAmbiguousMonth(g: Groups): boolean {
  if (
    g.rel === undefined ||
    g.relm === undefined ||
    g.relmy !== undefined ||
    g.relmrel !== undefined
  )
    return false;
  return g.rel === g.relm; // no lead preposition, no early/late qualifier
}

/** Words before a date that make it no time anchor of a happening. */
const NOT_AN_ANCHOR_BEFORE_RE = new RegExp(
  [
    // A future deadline (`within this year`).
    '\\b(?:within|next)\\s+$',
    // The end of a range whose start is the event (`scheduled to last till August 26`, `till the
    // end of 2013`).
    '\\b(?:till|until|up to)\\s+(?:the\\s+end\\s+)?$',
    // A lunar-calendar day (`the lunar New Year's Day`) is no fixed day.
    '\\blunar\\s+$',
    // A comparison (`exceeding the same period of last year`).
    '\\b(?:same\\s+(?:period|time|months?|days?|quarter)|compared\\s+(?:with|to)|than|as against|over)\\s+(?:the\\s+|that\\s+|those\\s+)?$',
    // What a plan or budget is for (`its action plan for this year`) is an aim, like a deadline.
    '\\b(?:plans?|programmes?|programs?|budgets?|tasks?|targets?|goals?|quotas?|activities|work|offensive|campaigns?|projects?|production|output)["”]?\\s+for\\s+$',
    // The year celebrated, not a time: `in celebration of the new year 2024`.
    '\\bnew\\s+(?:year\\s*,?\\s*)?$',
  ].join('|'),
  'i',
);
/** Inside a quoted title still open: `an article titled "...`, `under the headline of "...`. */
const TITLE_OPEN_BEFORE_RE =
  /\b(?:titled|entitled|headlined|under\s+the\s+(?:headlines?|headings?|(?:sub)?titles?)(?:\s+of)?)\s*["“][^"”]*$/i;
/** `by the end of 2015`: the year is matched from its `of`. */
const DEADLINE_END_BEFORE_RE = /\b(?:by|before)\s+the\s+end\s+$/i;
/** `from minus 16.5 in August to minus 18.9 in September`: the first figure's date is a base. */
const COMPARISON_FROM_BEFORE_RE =
  /\bfrom\s+(?:minus\s+|plus\s+)?\d[\d.,\s]*(?:%|\s+[a-z]+){0,2}\s+$/i;
const COMPARISON_TO_AFTER_RE = /^,?\s+to\s+(?:minus\s+|plus\s+)?\d/i;
/**
 * A year naming the period a plan, budget or statistic covers (`the 2024 budget`, `the 2019-2023
 * trends`) dates no happening; `the 2004 north-south agreement` (when it was made) does.
 */
const COVERED_PERIOD_AFTER_RE =
  /^(?:\s+[\w-]+){0,2}?\s+(?:budgets?|plans?|programmes?|programs?|trends|statistics|strateg(?:y|ies)|fiscal\s+years?|school\s+years?)\b/;
/** A bare `of <Month>` is a time only after a span of it: `the first 10 days of August`. */
const MONTH_SPAN_BEFORE_RE =
  /\b(?:days?|weeks?|half|part|end|beginning|middle|start|period|decade|dekad)\s+$/i;
/** `conclude this significant year`, `greet this year`: the year as what is acted on. */
const OBJECT_VERB_BEFORE_RE =
  /\b(?:conclude|concluding|greet|greeting|glorify|glorifying|wind\s+up|winding\s+up|spend|spending|decorate|decorating)\s+(?:[a-z]+ly\s+)?$/i;
/** A year spoken of as a thing, not a time: `glorify this year as a year of great change`. */
const OBJECT_AFTER_RE = /^\s+as\s+(?:a|an|the)\s/;
/** Prepositions that make a date the time of a happening even before `as a ...`. */
const TIME_LEAD_RE = /^(?:on|in|since|from|during)$/;

/**
 * `glorify this year as a year of ...`, `celebrated February 16 as the greatest holiday`: the date
 * as the object framed, no time. After a time preposition it is one (`rose on March 1, 1919 as a
 * manifestation of ...`, `deployed in July as the first batch`), except a later year framed so
 * (`commemorate the centenary in 2012 as a great jubilee`).
 */
function isDateAsObject(
  g: Groups,
  lead: string | undefined,
  anchor: Anchor | undefined,
  after: string,
): boolean {
  if (!OBJECT_AFTER_RE.test(after)) return false;
  if (lead === undefined || !TIME_LEAD_RE.test(lead)) return true;
  return g.yy !== undefined && anchor !== undefined && Number(g.yy) > anchor.y;
}
/** `This year marks the 75th anniversary`, `Last year was a year of ...`: the year as subject. */
const SUBJECT_AFTER_RE = /^,?\s+(?:marks|is|was|witnesses|witnessed|sees|saw)\b/;
/**
 * `last year` is that verb's subject only where it opens a clause; after a noun or a participle it
 * times it (`The Yonphyong Island shelling last year was a legitimate ...`, `started in Greece last
 * year, is sweeping`). `this year` there is mostly a plan's or a record's scope (`the basic duty
 * for them this year is`, `Most serious sandy dust this year was observed`), so it stays a subject.
 */
const CLAUSE_OPENS_BEFORE_RE =
  /(?:^|[.!?:;,"“(]\s*|\b(?:that|and|but|while|when|because|as|if|so)\s+)$/i;
/** `more than 60 years ago` is vague; `60 years ago` resolves. */
const APPROXIMATE_BEFORE_RE =
  /\b(?:more than|over|nearly|about|some|almost|at least|less than|around|close to|within)\s+$/i;
/** A past report's own `today` or `tomorrow` is relative to a day the text does not give. */
const REPORTED_PAST_RE =
  /\b(?:said|noted|stressed|claimed|reported|added|stated|wrote|announced|insisted|argued|alleged)(?:\s+that\b|,?\s*["“])|“[^”]*$/i;
/** `today` meaning nowadays: `today's`, `the world today`, `the DPRK today proves`. */
const VAGUE_TODAY_AFTER_RE =
  /^(?:['’]s\b|\s+and\s+tomorrow\b|\s+when\b|\s*,?\s*(?:(?:we|they|you|I)\s+)?(?:[a-z]+ly\s+)?(?:is|are|am|has|have|remains|stands|proves|shows|becomes|faces|needs|lives|sees|goes|continues|demands|requires|would|could|might|can|must|should)\b)/;
const VAGUE_TODAY_BEFORE_RE =
  /\b(?:of|till|until|up to|and|reality|world|situation|era|times|generation|society|present|life|still|for|recollect|remember|even|as|right|us)\s+$|\b(?:to|should|must)\s+[a-z]+\s+$/i;
/**
 * `But today, after ..., Japan has removed the mask`: `today` set against the past, in a clause in
 * the present (perfect) before any past form, speaks of nowadays.
 */
const TODAY_OPENS_BEFORE_RE = /(?:^|[.!?]\s+)(?:But|And|Yet)\s+$/;
const PRESENT_BEFORE_PAST_RE = /^,(?:(?!\b(?:was|were|had)\b)[^.;:])*?\b(?:is|are|am|has|have)\b/;
/** A present-tense clause (`This is the reality of south Korea today`) speaks of nowadays. */
const PRESENT_CLAUSE_BEFORE_RE = /\b(?:is|are|am|has|have)\b[^,;:.]{0,40}$/i;

function isVagueDeixis(text: string, start: number, end: number, g: Groups): boolean {
  if (g.rd === undefined) return false;
  const before = text.slice(Math.max(0, start - 160), start);
  if (REPORTED_PAST_RE.test(before)) return true;
  const word = (g.rdn ?? '').toLowerCase();
  // `live for tomorrow`, `confidence in tomorrow`: the future, not the next day.
  if (word === 'tomorrow')
    return (
      /\b(?:for|in|of|and|the|a)\s+$/i.test(before) || /^['’]s\b/.test(text.slice(end, end + 3))
    );
  if (word !== 'today') return false;
  return (
    VAGUE_TODAY_AFTER_RE.test(text.slice(end, end + 40)) ||
    VAGUE_TODAY_BEFORE_RE.test(before.slice(-24)) ||
    PRESENT_CLAUSE_BEFORE_RE.test(before.slice(-60)) ||
    (TODAY_OPENS_BEFORE_RE.test(before) && PRESENT_BEFORE_PAST_RE.test(text.slice(end, end + 160)))
  );
}

/**
 * Dates that time no happening: a comparison base, the period a plan covers, a month spoken of as
 * a thing (`the nocturnal sky of July`, `the Society of April Revolution`), an indefinite weekday
 * (`on a Sunday`).
 */
function isNoHappeningTime(
  text: string,
  start: number,
  end: number,
  g: Groups,
  before: string,
): boolean {
  const after = text.slice(end, end + 40);
  if (COMPARISON_FROM_BEFORE_RE.test(before) && COMPARISON_TO_AFTER_RE.test(after)) return true;
  if (g.yr !== undefined && COVERED_PERIOD_AFTER_RE.test(after))
    return /^(?:the|an?)\s/i.test(g.yr);
  if (g.wd !== undefined && /\bon\s+a\s+$/i.test(before)) return true;
  // `the second quarter of fiscal 2011`: a year that is not the calendar's.
  if (g.part !== undefined && (g.party ?? g.party2 ?? g.partrel ?? g.partrel2) === undefined)
    return /^\s+of\b/i.test(after);
  return (
    g.relm !== undefined &&
    /^of\s/i.test(g.rel ?? '') &&
    (g.relmy ?? g.reljy ?? g.relmrel ?? g.relthat ?? g.relq) === undefined &&
    !MONTH_SPAN_BEFORE_RE.test(before)
  );
}

/**
 * A token that every form of DATE_RE contains: a digit, a month or `year`/`month`, a weekday,
 * holiday or relative day (`day`, `tomorrow`), `Juche`, `anniversary`/`birthday`, `quarter`, or
 * `ago`/`since` after a number word.
 */
const DATE_HINT_RE =
  /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|year|month|day|tomorrow|juche|anniversary|quarter|ago\b|since\b/i;

/**
 * A clock time inside a range's bounds (`from around 00:00 Tuesday to noon Thursday`, `from 21:00
 * Sunday to 12:00 Tuesday`): the weather reports' hours, which leave the days a range.
 */
const RANGE_CLOCK = String.raw`(?:(?:around|about|approximately)\s+)?(?:\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|noon|midnight)(?:\s+on)?\s+`;
/** The closing date of a range (`from June 25 to 27`, `between 2010 and 2012`) after its start. */
const RANGE_LINK_RE = new RegExp(
  String.raw`^\s*(?:to|till|until|through|and|-|–)\s*(?:${RANGE_CLOCK})?$`,
  'i',
);
/** `and 2012` of `between 2010 and 2012`: the link word is part of the second match. */
const RANGE_LINK_LEAD_RE = /^(?:to|and|till|until|through)\s/i;
const RANGE_START_BEFORE_RE = new RegExp(
  String.raw`\b(?:from|between)\s+(?:${RANGE_CLOCK})?$`,
  'i',
);
/** `Oct. 28 and 31`: the second day shares the first one's month. */
const SECOND_DAY_RE =
  /^\s+and\s+((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)\b(?!\s*(?:percent|per cent|%|years?|months?|days?|people|persons|times|tons|km|kinds|countries|units)\b)/;
/** `the 71st anniversary of the July 27 victory`: the day and month of the happening. */
const ANNIVERSARY_DAY_RE = new RegExp(
  `^\\s+of\\s+(?:[^,.;:"“”]{0,40}?\\bthe\\s+(?:[a-z]{4,}\\s+)?)?(${MONTH_RE})\\s+(${DAY_RE})\\b(?:,\\s+(\\d{4})\\b)?`,
);
const TODAY_MARKS_RE = /\b[Tt]oday\s+(?:is|marks)\s+(?:the|its|his|her|their)\s+$/;
/** `August 1 marks the 84th anniversary`, `on July 27, the 58th anniversary`. */
const ANNIVERSARY_APPOSITION_RE =
  /^,?\s*(?:(?:marks|marked|marking|is|was)\s+)?(?:the|its|his|her|their)?\s*$/;
/**
 * `will grow 3.2 percent in 2011`, `is expected to reach 6.3 percent in 2012`: the year a forecast or
 * target figure covers (a statistic's period), no happening.
 */
const FORECAST_FIGURE_BEFORE_RE =
  /\b(?:will|would|expected|forecasts?|forecast(?:ed|ing)|projected|predicted|targets?|aims?)\b(?:[^.;:!?]|\.(?=\d))*\b(?:percent|per\s+cent)\s+$/i;
/** `the EAFF U-15 Women's Championship 2024`: a competition named with the year it is held in. */
const COMPETITION_BEFORE_RE = /\b(?:Championships?|Cup|Games|Olympics|Tournament)\s$/;
/** A lower-case word after `the New Year` that it modifies (`editorial`), not a conjunction. */
const NOUN_AFTER_RE =
  /^\s+(?!(?:and|or|in|to|of|by|from|with|at|on|was|is|the|he|she|it|they|we|this|that)\b)[a-z]/;
/**
 * A goal before a later year (`open the gate to a thriving nation in 2012`, `a great victory in
 * 2012`, `rank among the advanced countries in 2020`): the year it is set for, no happening.
 */
const AIM_BEFORE_RE =
  /\b(?:thriving|prosperous|gate|victory|heyday|advanced\s+countries)\b[^.;:!?]{0,80}$/i;
/** `One day in July Juche 65 (1976)`, `One day of the hottest period of summer in 2016`. */
const STORY_OPENS_BEFORE_RE = /\b[Oo]ne\s+day\b[^.;:!?]{0,50}$/;
/** `the Day of the Sun in 2012`. */
const FOLLOWING_YEAR_RE = /^\s+in\s+(1[89]\d\d|20\d\d)\b/;

/**
 * Finds and resolves date expressions. `publicationDate` (ISO) anchors relative expressions; without
 * it only self-contained dates (`June 25, 1950`, `in 1950`, `the 1950s`) resolve. `contextYear` is
 * the last year written out before `text` (for `December 1 that year`).
 */
export function findDates(
  text: string,
  publicationDate?: string,
  contextYear?: number,
): DateMention[] {
  return findDatesInContext(text, publicationDate, { year: contextYear });
}

/** Day precision mention of `y-m-d`, or undefined when that is no storable day. */
function dayMention(
  fields: Pick<DateMention, 'start' | 'end' | 'text' | 'confidence' | 'explicitYear'>,
  y: number,
  m: number,
  d: number,
  publicationDay: string | undefined,
): DateMention | undefined {
  if (!validDay(y, m, d)) return undefined;
  const date = iso(y, m, d);
  if (!isStorableDate(date)) return undefined;
  return { ...fields, date, precision: 'day', isPublicationDay: date === publicationDay };
}

/**
 * `findDates` over consecutive pieces of one text (an article's sentences): `context.year` is the
 * year last named before `text` and is advanced past every year `text` names, so `the same year`
 * in a later piece refers to the last one.
 */
export function findDatesInContext(
  text: string,
  publicationDate: string | undefined,
  context: DateContext,
): DateMention[] {
  const anchor = parseAnchor(publicationDate);
  const publicationDay = anchor === undefined ? undefined : publicationDate?.slice(0, 10);
  const out: DateMention[] = [];
  // End of the last range start (`from June 25`), whose closing date is not an event of its own.
  let rangeOpenAt = -1;
  // The year last named in this text, even as a thing (`Next year is significant in that ...`).
  let yearInText: number | undefined;
  let yearInTextEnd = 0;
  // `The 2024 National Schoolchildren's Games closed`: a year opening a name, kept unless the
  // sentence dates the happening finer in that year (then an open reading, docs/events.md).
  const namesOpenedByYear = new Set<DateMention>();
  // Most sentences name no date: one cheap scan for a token every date form contains spares them the
  // combined pattern.
  if (!DATE_HINT_RE.test(text)) return out;
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m !== null; m = DATE_RE.exec(text)) {
    const g: Groups = m.groups ?? {};
    const start = m.index;
    // The minutes of `at 08:30 December 17` are no day: read on from the next character (a
    // lookbehind in DATE_RE costs every position this one check).
    if (g.dm !== undefined && (text[start - 1] === ':' || text[start - 1] === '.')) {
      DATE_RE.lastIndex = start + 1;
      continue;
    }
    let end = start + m[0].length;
    const yearBefore = yearInText;
    const written = yearNamed(g, anchor);
    if (written !== undefined) {
      yearInText = written;
      yearInTextEnd = end;
    }
    if (g.by !== undefined) {
      // `Resolution 2087` is no year; a year after publication is seldom the one later referred to.
      const year = Number(g.by);
      if (anchor === undefined || year <= anchor.y) context.year = year;
      const date = iso(year, 1, 1);
      if (
        COMPETITION_BEFORE_RE.test(text.slice(Math.max(0, start - 14), start)) &&
        isStorableDate(date)
      )
        out.push({
          start,
          end,
          text: m[0],
          date,
          precision: 'year',
          confidence: 0.9,
          isPublicationDay: false,
          explicitYear: true,
        });
      continue;
    }
    // A decade is coarser than any precision an event has: a year would be a wrong date.
    if (g.dec !== undefined) continue;
    const closesRange =
      rangeOpenAt >= 0 &&
      start - rangeOpenAt <= 32 &&
      RANGE_LINK_RE.test(
        text.slice(rangeOpenAt, start) + (RANGE_LINK_LEAD_RE.test(m[0]) ? m[0].split(/\s/)[0] : ''),
      );
    rangeOpenAt = -1;
    if (
      closesRange ||
      (isBareAmbiguousMonth(g) &&
        !coordinatedMonth(text, start, out.at(-1)) &&
        !(ISSUE_AFTER_RE.test(text.slice(end, end + 24)) && !/[-–]/.test(text[start - 1] ?? '')))
    )
      continue;
    const before = text.slice(Math.max(0, start - 40), start);
    const lead = /^[A-Za-z]+/.exec(m[0])?.[0].toLowerCase();
    if (lead === 'till' || lead === 'until' || NOT_AN_ANCHOR_BEFORE_RE.test(before)) continue;
    // `every Monday`, `each August 15`: a habit, not a happening.
    if (/\b(?:every|each)\s+$/i.test(before)) continue;
    if ((g.ago !== undefined || g.since !== undefined) && APPROXIMATE_BEFORE_RE.test(before))
      continue;
    if (isNoHappeningTime(text, start, end, g, before)) continue;
    // `the New Year editorial`, `on the New Year performance`: a noun's modifier, no day.
    if (
      g.ny !== undefined &&
      (g.nyy ?? g.nyjy) === undefined &&
      NOUN_AFTER_RE.test(text.slice(end, end + 16))
    )
      continue;
    // `to open the gate to a thriving nation in 2012`: the year a goal is set for, no happening.
    if (
      g.yy !== undefined &&
      lead === 'in' &&
      anchor !== undefined &&
      Number(g.yy) > anchor.y &&
      AIM_BEFORE_RE.test(text.slice(Math.max(0, start - 100), start))
    )
      continue;
    // `A 2024 teaching design contest took place`; not `a 1500-strong crowd`.
    if (
      (lead === 'a' || lead === 'an') &&
      (Number(g.yy) < 1800 || /^[-–]/.test(text.slice(end, end + 1)))
    )
      continue;
    const after = text.slice(end, end + 16);
    const possessive = g.rely !== undefined && /^['’]s\b/.test(after);
    // `during the last year` is the past twelve months, not last calendar year; `the next year's
    // elections` are next year's.
    if (
      g.rely !== undefined &&
      g.relq === undefined &&
      /\bthe\s+$/i.test(before) &&
      !(possessive && g.rely.toLowerCase() === 'next')
    )
      continue;
    if (isVagueDeixis(text, start, end, g) || isDateAsObject(g, lead, anchor, after)) continue;
    if (
      g.relu !== undefined &&
      SUBJECT_AFTER_RE.test(after) &&
      (g.rely?.toLowerCase() !== 'last' || CLAUSE_OPENS_BEFORE_RE.test(before))
    )
      continue;
    // `to successfully conclude this significant year`: the year as the object of an aim.
    if (g.relu !== undefined && OBJECT_VERB_BEFORE_RE.test(before)) continue;
    // `next year's farming`, `this year's policy tasks`: what a plan is for, not when something
    // happens (`this year's tournament`, `next year's elections` stay).
    if (possessive && SCOPE_AFTER_RE.test(text.slice(end, end + 40))) continue;
    const named =
      anniversaryDay(text, start, end, g, context, anchor) ??
      namedDate(text, start, end, g) ??
      yearsAgoDay(text.slice(end, end + 40), g, anchor, end);
    if (named === 'skip') {
      recordNamedDay(text.slice(end, end + 60), g, context);
      continue;
    }
    const annYear =
      g.ann === undefined && g.since === undefined
        ? undefined
        : anniversaryYear(
            text.slice(end, end + 100),
            start - yearInTextEnd <= 100 ? yearInText : undefined,
            anchor,
          );
    // `in 2012 that marks the 40th anniversary of ... and the fifth anniversary of ...`: a
    // coordinated anniversary falls in the same year.
    if (annYear !== undefined) [yearInText, yearInTextEnd] = [annYear, end];
    let r = resolve(
      g,
      storyYearAnchor(
        text.slice(Math.max(0, start - 200), end + 200),
        g,
        anchor,
        yearBefore ?? context.year,
        context.story,
      ),
      named?.year ?? context.year,
      annYear,
      // Only a day or month without a year can be the coming one.
      ((g.md !== undefined || g.relm !== undefined || g.mr !== undefined) &&
        PLANNED_BEFORE_RE.test(text.slice(Math.max(0, start - 120), start))) ||
        (isPastBiasedBack(g, anchor) &&
          FUTURE_BEFORE_RE.test(text.slice(Math.max(0, start - 300), start))),
    );
    if (r === undefined) continue;
    // Where the phrase was extended to take in its day or year (`... anniversary of the July 27
    // victory`, `the Day of the Sun in 2012`).
    if (named !== undefined) {
      end = named.end;
      r = { ...r, date: `${named.year}${r.date.slice(4)}`, confidence: 0.9 };
      delete r.dateEnd;
      if (!validDay(named.year, Number(r.date.slice(5, 7)), Number(r.date.slice(8, 10)))) continue;
    } else if (g.ann !== undefined) {
      const day = ANNIVERSARY_DAY_RE.exec(text.slice(end, end + 80));
      const mm = monthNumber(day?.[1]);
      const previous = out.at(-1);
      const y = Number(day?.[3] ?? r.date.slice(0, 4));
      if (day !== null && mm !== undefined) {
        end += day[0].length;
        r = { ...r, date: iso(y, mm, Number.parseInt(day[2] ?? '', 10)), precision: 'day' };
      } else if (
        previous?.precision === 'day' &&
        // `October 10, 2024, the 79th founding anniversary`: a written year must be the one the
        // anniversary falls in.
        (!previous.explicitYear ||
          Number(previous.date.slice(0, 4)) - anniversaryNumber(g) ===
            Number(r.date.slice(0, 4))) &&
        ANNIVERSARY_APPOSITION_RE.test(text.slice(previous.end, start))
      ) {
        // `on July 27, the 71st anniversary of the victory`: the happening's day is the same, N years
        // before the day named (`August 15 that year, the first anniversary of liberation`).
        const y0 = Number(previous.date.slice(0, 4)) - anniversaryNumber(g);
        r = {
          ...r,
          date: `${String(y0).padStart(4, '0')}${previous.date.slice(4)}`,
          precision: 'day',
        };
      } else if (TODAY_MARKS_RE.test(text.slice(Math.max(0, start - 30), start)) && anchor) {
        // `Today marks the 10th anniversary of ...`: the happening's day is the publication day's.
        r = { ...r, date: iso(Number(r.date.slice(0, 4)), anchor.m, anchor.d), precision: 'day' };
      } else {
        const head = happeningHead(text.slice(end, end + 80));
        const day = head === undefined ? undefined : context.namedDays?.get(head);
        if (day !== undefined && anchor !== undefined && inAnniversarySeason(anchor, ...day))
          r = { ...r, date: iso(Number(r.date.slice(0, 4)), ...day), precision: 'day' };
        else if (head !== undefined)
          context.anniversary = { year: Number(r.date.slice(0, 4)), head };
      }
    } else if (g.hol !== undefined) {
      const year = FOLLOWING_YEAR_RE.exec(text.slice(end, end + 12));
      if (year?.[1] !== undefined) {
        end += year[0].length;
        r = { ...r, date: `${year[1]}${r.date.slice(4)}`, confidence: 0.9 };
      }
    }
    if (!isStorableDate(r.date)) continue;
    // `is expected to grow over 8 percent this year` reads like `... percent in 2011`.
    if (
      (lead === 'in' || lead === 'this' || lead === 'next') &&
      r.precision === 'year' &&
      anchor !== undefined &&
      Number(r.date.slice(0, 4)) >= anchor.y &&
      FORECAST_FIGURE_BEFORE_RE.test(text.slice(Math.max(0, start - 120), start))
    )
      continue;
    // `by 2030`, `by the end of 2015`, `before April next year`: a deadline still ahead is an aim,
    // like `within`; a day set as one (`come there by July 13`) is scheduled.
    if (
      (lead === 'by' || lead === 'before' || DEADLINE_END_BEFORE_RE.test(before)) &&
      r.precision !== 'day' &&
      anchor !== undefined &&
      Number(r.date.slice(0, 4)) >= anchor.y
    )
      continue;
    if (r.dateEnd !== undefined && !isStorableDate(r.dateEnd)) delete r.dateEnd;
    const explicitYear =
      g.mdy !== undefined ||
      g.mdjy !== undefined ||
      g.dmy !== undefined ||
      g.relmy !== undefined ||
      g.reljy !== undefined ||
      g.yy !== undefined ||
      (g.mry ?? g.mrjy) !== undefined ||
      (g.party ?? g.party2) !== undefined ||
      (g.nyy ?? g.nyjy) !== undefined ||
      named !== undefined;
    // `an article titled "Pyongyang Commemorating April 15"`: a date without its year inside a
    // work's title is part of the title's wording, a date in a document's name (the rules' exclusion).
    if (
      !explicitYear &&
      (g.ann ?? g.since ?? g.ago) === undefined &&
      TITLE_OPEN_BEFORE_RE.test(text.slice(Math.max(0, start - 200), start))
    )
      continue;
    const mention: DateMention = {
      start,
      end,
      text: text.slice(start, end),
      ...r,
      isPublicationDay: r.precision === 'day' && r.date === publicationDay,
      explicitYear,
      ...(g.jm === undefined ? {} : { stamp: true as const }),
      ...((g.ann ?? g.since ?? g.ago) === undefined ? {} : { subtracted: true as const }),
    };
    out.push(mention);
    if (g.yr !== undefined && /^The\s/.test(m[0])) namesOpenedByYear.add(mention);
    if (explicitYear && STORY_OPENS_BEFORE_RE.test(text.slice(Math.max(0, start - 60), start)))
      context.story = Number(r.date.slice(0, 4));
    DATE_RE.lastIndex = Math.max(DATE_RE.lastIndex, end);
    if (namesYear(g) || explicitYear) context.year = Number(r.date.slice(0, 4));
    if (lead === 'from' || lead === 'between' || RANGE_START_BEFORE_RE.test(before))
      rangeOpenAt = end;
    if (
      g.md !== undefined &&
      g.mdd2 === undefined &&
      r.precision === 'day' &&
      !RANGE_START_BEFORE_RE.test(before)
    ) {
      const second = secondDay(text, mention, g, publicationDay);
      if (second !== undefined) {
        out.push(second);
        DATE_RE.lastIndex = second.end;
      }
    }
  }
  if (namesOpenedByYear.size === 0) return out;
  // The dateline's day dates the report, not the happening.
  const from = findDateline(text)?.end ?? 0;
  const finerYears = new Set(
    out.filter((o) => o.start >= from && o.precision !== 'year').map((o) => o.date.slice(0, 4)),
  );
  return out.filter((d) => !namesOpenedByYear.has(d) || !finerYears.has(d.date.slice(0, 4)));
}

/** A character that is no past form's start (`was`, `were`, `had`, `did`, an `-ed` word not after `be`). */
const NOT_PAST = String.raw`(?!\b(?:was|were|had|did)\b|(?<!\bbe\s)\b[a-z]{3,}ed\b)`;

/**
 * A clause that plans what it dates (`are planning to stage exercises in July`, `proposed to have
 * talks in August`, `a by-election to be held in April`): a month or day without a year is then
 * the coming one.
 */
const PLANNED_BEFORE_RE = new RegExp(
  String.raw`\b(?:will|shall|(?:is|are|am)\s+(?:planning|scheduled|slated|due|expected|going|set)|plans?\s+to|proposed\s+to|intends?\s+to|to\s+be\s+(?:held|staged|convened|opened|hosted|launched|played|conducted|organi[sz]ed))\b(?:${NOT_PAST}[^.;:!?])*$`,
  'i',
);

/**
 * A future word earlier in the sentence (`The team will have its first match ... on Sept. 1, ...
 * on Sept. 8`, `would enter north Korea on October 15`, `due in September`, `to take effect from
 * July 1`), with no past form after it: beyond PLANNED_BEFORE_RE's reach, and with more words that
 * plan.
 */
const FUTURE_BEFORE_RE = new RegExp(
  String.raw`\b(?:will|would|shall|due|scheduled|slated|planned|take\s+effect|to\s+be\s+held)\b(?:${NOT_PAST}(?:[^.;:!?]|\.(?!\s+[A-Z])))*$`,
  'i',
);

/**
 * A day or month without a year whose day this year is well after publication (more than 30 days
 * for a day, a month after next for a month), which the past bias puts in last year.
 */
function isPastBiasedBack(g: Groups, anchor: Anchor | undefined): boolean {
  if (anchor === undefined) return false;
  if (g.md !== undefined) {
    if ((g.mdy ?? g.mdjy ?? g.mdthat ?? g.mdrel) !== undefined) return false;
    const m = monthNumber(g.mdm);
    const d = Number.parseInt(g.mdd ?? '', 10);
    return m !== undefined && pastBiasedYear(anchor, m, d) < anchor.y;
  }
  if (g.relm === undefined || g.relm === g.rel) return false;
  if ((g.relmy ?? g.reljy ?? g.relmrel ?? g.relthat ?? g.relml ?? g.relmlast) !== undefined)
    return false;
  const m = monthNumber(g.relm);
  return m !== undefined && m > anchor.m + 1;
}

/** `this year's farming`, `this year's policy tasks`: the period a plan or effort covers. */
const SCOPE_AFTER_RE =
  /^['’]s(?:\s+[\w-]+){0,2}?\s+(?:farming|struggle|plans?|tasks?|goals?|targets?|quotas?|budgets?|assignments?|work|offensive|onward|grain|output|production|slogans?|themes?|efforts?)\b/i;

/** `in May and August`: a bare month coordinated with the month-date before it is a date too. */
function coordinatedMonth(text: string, start: number, previous: DateMention | undefined): boolean {
  if (previous === undefined || previous.precision !== 'month' || start - previous.end > 8)
    return false;
  return /^\s*(?:,|,?\s+and|,?\s+or)\s*$/.test(text.slice(previous.end, start));
}

/** Words that make a clause a plan or a report of one, not a past narrative. */
const NOT_NARRATIVE_RE =
  /\b(?:will|would|shall|to\s+be|due|slated|scheduled|expected|planned|plans?|set\s+to|going\s+to|hopes?|wants?|wanted|intends?|aims?)\b/i;
const PAST_FORM_RE =
  /\b(?:was|were|had|did|[a-z]{3,}ed|went|came|saw|gave|took|made|met|began|became|left|held|sent|led|won|built)\b/i;

/**
 * `next year` and `last year` in a story of the past (`One day in September 2013 ... He visited the
 * site in June next year`) count from the year the story was in; the anchor to resolve them
 * against. Told in the past with the story's year at least two years back.
 */
function storyYearAnchor(
  clause: string,
  g: Groups,
  anchor: Anchor | undefined,
  lastYear: number | undefined,
  story: number | undefined,
): Anchor | undefined {
  const relative = (g.relu === 'year' ? g.rely : (g.mdrel ?? g.relmrel ?? g.mrrel))?.toLowerCase();
  // `last year` counts from the story's year only inside an anecdote (`One day in ...`): after any
  // other earlier year it nearly always still means the year before publication.
  const storyYear = relative === 'last' ? story : relative === 'next' ? lastYear : undefined;
  if (anchor === undefined || storyYear === undefined || storyYear >= anchor.y - 1) return anchor;
  if (NOT_NARRATIVE_RE.test(clause) || !PAST_FORM_RE.test(clause)) return anchor;
  return { ...anchor, y: storyYear };
}

/** The year a phrase names outright (`in 2012`, `next year`, `May 3, 2012`), else undefined. */
function yearNamed(g: Groups, anchor: Anchor | undefined): number | undefined {
  const written =
    g.by ??
    g.yy ??
    g.mdy ??
    g.dmy ??
    g.relmy ??
    g.mry ??
    g.mrjg ??
    g.jg ??
    g.mdjg ??
    g.reljg ??
    g.party ??
    g.party2;
  if (written !== undefined) return Number(written);
  if (anchor === undefined) return undefined;
  const relative = g.relu === 'year' ? g.rely : (g.mdrel ?? g.relmrel ?? g.mrrel ?? g.partrel2);
  return relative === undefined ? undefined : anchor.y + yearOffset(relative);
}

/** `... anniversary of Kim Il Sung next year`: the year the anniversary itself falls in. */
const ANNIVERSARY_YEAR_AFTER_RE = new RegExp(
  `^(?:\\s+of\\s+[^,.;:"“”]{0,60}?)?\\s+(?:([Nn]ext|[Tt]his|[Ll]ast)\\s+year\\b|in\\s+(?:${MONTH_RE}\\s+)?(?:(1[89]\\d\\d|20\\d\\d)\\b|Juche\\s?\\d{1,3}\\s*\\((1[89]\\d\\d|20\\d\\d)\\)))`,
);

/**
 * The year an anniversary falls in when the text names one near publication: right after it
 * (`greeting the 100th birth anniversary of Kim Il Sung next year`), else shortly before it in
 * the sentence (`Next year we will greet the 80th anniversary`). A year far back is more likely
 * the happening itself (`born in 1912 ... the 100th anniversary of his birth`).
 */
function anniversaryYear(
  after: string,
  yearBefore: number | undefined,
  anchor: Anchor | undefined,
): number | undefined {
  if (anchor === undefined) return undefined;
  const following = ANNIVERSARY_YEAR_AFTER_RE.exec(after);
  const written = following?.[2] ?? following?.[3];
  // Written right after the anniversary, the year is its own however far back.
  if (written !== undefined) return Number(written);
  const year = following === null ? yearBefore : anchor.y + yearOffset(following[1]);
  return year !== undefined && Math.abs(year - anchor.y) <= 2 ? year : undefined;
}

/** Relative expressions that still name a year (`last year`, `in March this year`, `Juche 100`). */
function namesYear(g: Groups): boolean {
  return (
    g.relu === 'year' ||
    g.relmrel !== undefined ||
    g.mdrel !== undefined ||
    g.mrrel !== undefined ||
    (g.partrel ?? g.partrel2) !== undefined ||
    (g.relml ?? g.relmlast) !== undefined ||
    (g.juche !== undefined && g.jm === undefined)
  );
}

/** The `31` of `Oct. 28 and 31`, in the first day's month and year. */
function secondDay(
  text: string,
  first: DateMention,
  g: Groups,
  publicationDay: string | undefined,
): DateMention | undefined {
  const tail = SECOND_DAY_RE.exec(text.slice(first.end, first.end + 20));
  const mm = monthNumber(g.mdm);
  if (tail?.[1] === undefined || mm === undefined) return undefined;
  const end = first.end + tail[0].length;
  return dayMention(
    {
      start: end - tail[1].length,
      end,
      text: tail[1],
      confidence: first.confidence,
      explicitYear: false,
    },
    Number(first.date.slice(0, 4)),
    mm,
    Number.parseInt(tail[1], 10),
    publicationDay,
  );
}

/** KCNA-style dateline `Pyongyang, July 13 (KCNA) -- `: its date is the publication day. */
const DATELINE_RE =
  /^\s*(?:[A-Z][\p{L}'.-]*(?:\s+[A-Z][\p{L}'.-]*){0,3},\s+)?[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?\s+\((?:KCNA|[A-Z][A-Za-z-]{1,20})\)\s*(?:--|—|–)\s*/u;

/** Span of the dateline at the start of the text, if any. */
export function findDateline(text: string): { start: number; end: number } | undefined {
  const m = DATELINE_RE.exec(text);
  if (m === null) return undefined;
  return { start: m.index, end: m.index + m[0].length };
}

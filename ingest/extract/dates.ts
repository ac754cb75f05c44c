import type { DatePrecision } from '../types';

/** A date expression found in text, resolved against the publication date. */
export interface DateMention {
  /** Offsets into the string that was searched. */
  readonly start: number;
  readonly end: number;
  /** The phrase as written, including a leading `On`/`in` when present. */
  readonly text: string;
  /** ISO `YYYY-MM-DD`; first day of the month/year for coarser precision. */
  readonly date: string;
  /** Last day of a range (`the 1950s`, `June 25-July 27`), else undefined. */
  readonly dateEnd?: string;
  readonly precision: DatePrecision;
  /** True when the expression resolves to the publication day itself (`today`, `on Thursday`). */
  readonly isPublicationDay: boolean;
  /** How sure we are of the resolved year: explicit years 1, past-bias guesses lower. */
  readonly confidence: number;
  /** The year was written out (`June 25, 1950`, `in 1950`); later `that year` refers to it. */
  readonly explicitYear: boolean;
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
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?\\.?|July?\\.?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)(?![A-Za-z])';
const DAY_RE = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const LEAD_RE =
  '(?:\\b(?:[Oo]n|[Ii]n|[Ss]ince|[Ff]rom|[Dd]uring|[Uu]ntil|[Tt]ill|[Bb]y|[Bb]efore|[Aa]fter|[Oo]f)\\s+)?';
const YEAR_LEAD_RE =
  '\\b(?:the|[Oo]n|[Ii]n|[Ss]ince|[Ff]rom|[Dd]uring|[Uu]ntil|[Tt]ill|[Bb]y|[Bb]efore|[Aa]fter|[Oo]f|[Bb]etween|and|to|early|late|mid-?|the year|[Yy]ear|in the year)';

/**
 * One combined, sticky-free global regex; alternatives are ordered so longer forms win at the
 * same position. Named groups tell the resolver which form matched.
 */
const DATE_RE = new RegExp(
  [
    // `Juche 110 (2021)`, `Juche 113`, and the kcna.kp footer `[Juche113.6.11.]`.
    `(?<juche>\\bJuche\\s?(?<jy>\\d{2,3})(?:\\.(?<jm>\\d{1,2})\\.(?<jd>\\d{1,2})\\.?)?(?:\\s*\\((?<jg>\\d{4})\\))?)`,
    // `June 25, 1950`, `Dec. 20`, `July 19-22`, `June 25-July 27`, `Oct. 28 and 31`,
    // `January 29, Juche 92 (2003)`.
    `(?<md>${LEAD_RE}\\b(?<mdm>${MONTH_RE})\\s+(?<mdd>${DAY_RE})\\b(?:\\s*(?:-|–|to)\\s*(?:(?<mdm2>${MONTH_RE})\\s+)?(?<mdd2>${DAY_RE})\\b)?(?:,?\\s+(?<mdy>\\d{4})\\b|,?\\s+Juche\\s?(?<mdjy>\\d{2,3})\\b(?:\\s*\\((?<mdjg>\\d{4})\\))?|(?<mdthat>\\s+(?:of\\s+)?(?:that|the same)\\s+year))?)`,
    // `25 June 1950`.
    `(?<dm>${LEAD_RE}\\b(?<dmd>${DAY_RE})\\s+(?<dmm>${MONTH_RE})(?:,?\\s+(?<dmy>\\d{4}))?\\b)`,
    // `from January to June this year`: a month range.
    `(?<mr>[Ff]rom\\s+(?<mra>${MONTH_RE})\\s+(?:to|till|until|through)\\s+(?<mrb>${MONTH_RE})(?:,?\\s+(?<mry>\\d{4})|\\s+(?<mrrel>this|last)\\s+year)?)`,
    // `early this year`, `last year`, `last month`, `early March`, `March 2011`, `October last year`.
    `(?<rel>(?:${LEAD_RE})(?:(?<relq>early|earlier|late|later|mid-?|the end of|the beginning of|the middle of)\\s+)?(?:(?<rely>this|last|the previous|the past)\\s+(?<relu>year|month)|(?<relm>${MONTH_RE})(?:,?\\s+(?<relmy>\\d{4})|\\s+(?<relmrel>this|last)\\s+year|(?<relthat>\\s+(?:of\\s+)?(?:that|the same)\\s+year))?))`,
    // `the 1950s`, `in 1950`, `1950-1953`.
    `(?<dec>\\b(?:the\\s+)?(?<decy>1[89]\\d0|20[0-2]0)s\\b)`,
    `(?<yr>\\b${YEAR_LEAD_RE}\\s+(?<yy>1[89]\\d\\d|20\\d\\d)(?:\\s*(?:-|–)\\s*(?<yy2>1[89]\\d\\d|20\\d\\d))?\\b(?![-–]?\\d|,\\d| ?(?:percent|per cent|tons?|won|yen|dollars|km|meters|people|units|times)\\b))`,
    // `on Thursday`, `Monday`, `last Friday`, `yesterday`, `today`, `tomorrow`.
    `(?<wd>(?:(?:[Oo]n|[Ll]ast|[Nn]ext|[Tt]his)\\s+)?\\b(?<wdn>Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\\b)`,
    `(?<rd>\\b(?<rdn>yesterday|today|tomorrow|[Tt]he day before yesterday)\\b)`,
    `(?<ago>\\b(?<agon>\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\\s+(?<agou>years?|months?|days?)\\s+ago\\b)`,
  ].join('|'),
  'g',
);

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** Dates are stored as 4-digit ISO years (as the source parsers require). */
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

/** Publication date parts; dates without one resolve only when they carry their own year. */
interface Anchor {
  readonly y: number;
  readonly m: number;
  readonly d: number;
  readonly time: number;
}

function parseAnchor(iso: string | undefined): Anchor | undefined {
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
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const DAY_MS = 86_400_000;

function isoFromTime(time: number): string {
  const dt = new Date(time);
  return iso(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

function monthNumber(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  return MONTHS[word.replace(/\.$/, '').toLowerCase()];
}

function validDay(y: number, m: number, d: number): boolean {
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
function pastBiasedYear(anchor: Anchor, m: number, d: number): number {
  const sameYear = Date.UTC(anchor.y, m - 1, d);
  return sameYear - anchor.time > 30 * DAY_MS ? anchor.y - 1 : anchor.y;
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
): Resolved | undefined {
  if (g.mr !== undefined) {
    const a = monthNumber(g.mra);
    const b = monthNumber(g.mrb);
    if (a === undefined || b === undefined) return undefined;
    let y: number;
    if (g.mry !== undefined) y = Number(g.mry);
    else if (anchor === undefined) return undefined;
    else if (g.mrrel !== undefined) y = anchor.y - (g.mrrel === 'last' ? 1 : 0);
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
    let y: number;
    if (explicit !== undefined) y = Number(explicit);
    else if (anchor !== undefined) y = pastBiasedYear(anchor, m, d);
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
      const back = g.rely === 'this' ? 0 : 1;
      if (g.relu === 'year')
        return { date: iso(anchor.y - back, 1, 1), precision: 'year', confidence: 0.9 };
      const mIndex = anchor.m - 1 - back;
      const y = anchor.y + Math.floor(mIndex / 12);
      const m = (((mIndex % 12) + 12) % 12) + 1;
      return { date: iso(y, m, 1), precision: 'month', confidence: 0.85 };
    }
    const m = monthNumber(g.relm);
    if (m === undefined) return undefined;
    if (g.relmy !== undefined)
      return { date: iso(Number(g.relmy), m, 1), precision: 'month', confidence: 0.95 };
    if (g.relthat !== undefined && contextYear !== undefined)
      return { date: iso(contextYear, m, 1), precision: 'month', confidence: 0.8 };
    if (anchor === undefined) return undefined;
    if (g.relmrel !== undefined)
      return {
        date: iso(anchor.y - (g.relmrel === 'last' ? 1 : 0), m, 1),
        precision: 'month',
        confidence: 0.9,
      };
    const y = m > anchor.m ? anchor.y - 1 : anchor.y;
    return { date: iso(y, m, 1), precision: 'month', confidence: 0.75 };
  }
  if (g.dec !== undefined) {
    const y = Number(g.decy);
    return { date: iso(y, 1, 1), dateEnd: iso(y + 9, 12, 31), precision: 'year', confidence: 0.9 };
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
    const n = NUMBER_WORDS[(g.agon ?? '').toLowerCase()] ?? Number(g.agon);
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
 * Dates used as names rather than as times: `the September 19 joint statement`,
 * `the June 25-July 27 month of anti-U.S. joint struggle`. Their year is not in the text (the
 * statement is from 2005), so resolving them would invent a wrong date.
 */
function isNamedDate(text: string, start: number, end: number, g: Groups): boolean {
  if (g.md === undefined || g.mdy !== undefined) return false;
  const before = text.slice(Math.max(0, start - 4), start);
  if (!/\bthe\s$/i.test(before)) return false;
  const after = text.slice(end, end + 20);
  return !/^\s+(issue|edition|number|session)\b/.test(after) && /^\s+[a-z]/.test(after);
}

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
  const anchor = parseAnchor(publicationDate);
  const out: DateMention[] = [];
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m !== null; m = DATE_RE.exec(text)) {
    const g: Groups = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    if (isBareAmbiguousMonth(g) || isNamedDate(text, start, end, g)) continue;
    // A future deadline (`within this year`) is not a cited happening.
    if (/\b(within|next)\s+$/i.test(text.slice(Math.max(0, start - 8), start))) continue;
    const r = resolve(g, anchor, contextYear);
    if (r === undefined || !isStorableDate(r.date)) continue;
    if (r.dateEnd !== undefined && !isStorableDate(r.dateEnd)) delete r.dateEnd;
    const explicitYear =
      g.mdy !== undefined ||
      g.dmy !== undefined ||
      g.relmy !== undefined ||
      g.yy !== undefined ||
      g.mry !== undefined;
    const isPublicationDay =
      r.precision === 'day' &&
      publicationDate !== undefined &&
      r.date === publicationDate.slice(0, 10);
    out.push({ start, end, text: m[0], ...r, isPublicationDay, explicitYear });
    if (explicitYear) contextYear = Number(r.date.slice(0, 4));
    // `Oct. 28 and 31`: the second day shares the first one's month.
    if (g.md !== undefined && g.mdd2 === undefined) {
      const tail =
        /^\s+and\s+((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)\b(?!\s*(?:percent|per cent|%|years?|months?|days?|people|persons|times|tons|km|kinds|countries|units)\b)/.exec(
          text.slice(end, end + 20),
        );
      const mm = monthNumber(g.mdm);
      if (tail?.[1] !== undefined && mm !== undefined && r.precision === 'day') {
        const d2 = Number.parseInt(tail[1], 10);
        const y = Number(r.date.slice(0, 4));
        if (validDay(y, mm, d2)) {
          const s2 = end + tail[0].length - tail[1].length;
          const date = iso(y, mm, d2);
          out.push({
            start: s2,
            end: end + tail[0].length,
            text: tail[1],
            date,
            precision: 'day',
            confidence: r.confidence,
            isPublicationDay:
              publicationDate !== undefined && date === publicationDate.slice(0, 10),
            explicitYear: false,
          });
          DATE_RE.lastIndex = end + tail[0].length;
        }
      }
    }
  }
  return out;
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

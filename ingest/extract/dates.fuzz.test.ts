/**
 * Property-based fuzzing of the cited-event date resolver (and, cheaply, the whole extractor):
 * whatever the text and whatever the reference date, a resolved date is a real ISO day with a
 * 4-digit year, or there is none; never `Invalid Date`, `0-06-25` or `10000-01-01`.
 *
 * Reproduce a failure with the seed fast-check prints: `FUZZ_SEED=<seed> npx vitest run --project
 * unit ingest/extract/dates.fuzz.test.ts`. `FUZZ_SCALE=10` runs ten times as many cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_PRECISIONS, type Evidence, type RawArticle } from '../types';
import { findDateline, findDates, type DateMention } from './dates';
import { extractArticle } from './extract-article';
import { runs, timed } from '../testing/fuzz-settings';

const DAY_MS = 86_400_000;

/** Milliseconds of an ISO day, or NaN; years 0-99 are not remapped to 19xx. */
function utc(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) return Number.NaN;
  const date = new Date(0);
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.getTime();
}

function isoOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** A cheap assertion for hot loops: one `expect` per mention makes 10k mentions take seconds. */
function ensure(condition: boolean, message: () => string): void {
  if (!condition) throw new Error(message());
}

function expectStorableDay(date: string): void {
  const time = utc(date);
  ensure(!Number.isNaN(time) && isoOf(time) === date, () => `not a real ISO day: '${date}'`);
  ensure(Number(date.slice(0, 4)) >= 1000, () => `year before 1000: '${date}'`);
}

function expectMentions(
  mentions: readonly DateMention[],
  text: string,
  publication?: string,
): void {
  let previousStart = -1;
  for (const mention of mentions) {
    const where = (): string => `in mention ${JSON.stringify(mention)}`;
    expectStorableDay(mention.date);
    if (mention.dateEnd !== undefined) {
      expectStorableDay(mention.dateEnd);
      ensure(mention.dateEnd >= mention.date, () => `range ends before it starts ${where()}`);
    }
    ensure(DATE_PRECISIONS.includes(mention.precision), () => `bad precision ${where()}`);
    ensure(mention.confidence > 0 && mention.confidence <= 1, () => `bad confidence ${where()}`);
    ensure(
      mention.start > previousStart &&
        mention.end > mention.start &&
        mention.end <= text.length &&
        text.slice(mention.start, mention.end) === mention.text,
      () => `offsets do not match the text ${where()}`,
    );
    previousStart = mention.start;
    ensure(
      !mention.isPublicationDay || publication?.slice(0, 10) === mention.date,
      () => `publication day ${String(publication)} ${where()}`,
    );
  }
}

// --- Arbitraries ------------------------------------------------------------------------------

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const MONTH_FORMS = [...MONTHS, 'Jan.', 'Feb.', 'Sept.', 'Sep', 'Dec.', 'june', 'MAY'] as const;
const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

const yearText = fc.oneof(
  fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0')),
  fc.constantFrom('0000', '0999', '1000', '1950', '2021', '9999'),
);
const dayText = fc.oneof(
  fc.integer({ min: 0, max: 40 }).map(String),
  fc.integer({ min: 1, max: 31 }).map((d) => `${d}${['st', 'nd', 'rd', 'th'][d % 4] ?? 'th'}`),
  fc.constantFrom('01', '29', '30', '31', '00'),
);

/** One date-ish phrase of any form the resolver knows, with odd values mixed in. */
const datePhrase: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('on ', 'in ', 'since ', 'by ', 'the ', ''),
      fc.constantFrom(...MONTH_FORMS),
      dayText,
      fc.option(yearText),
    )
    .map(([lead, m, d, y]) => `${lead}${m} ${d}${y === null ? '' : `, ${y}`}`),
  fc
    .tuple(dayText, fc.constantFrom(...MONTH_FORMS), fc.option(yearText))
    .map(([d, m, y]) => `on ${d} ${m}${y === null ? '' : ` ${y}`}`),
  fc
    .tuple(
      fc.constantFrom(...MONTH_FORMS),
      dayText,
      fc.constantFrom('-', '–', ' to '),
      fc.option(fc.constantFrom(...MONTH_FORMS)),
      dayText,
    )
    .map(([m, d, sep, m2, d2]) => `${m} ${d}${sep}${m2 === null ? '' : `${m2} `}${d2}`),
  fc
    .tuple(
      fc.constantFrom(...MONTH_FORMS),
      fc.constantFrom(...MONTH_FORMS),
      fc.oneof(yearText, fc.constantFrom('this year', 'last year', '')),
    )
    .map(([a, b, y]) => `from ${a} to ${b} ${y}`),
  fc
    .tuple(
      fc.constantFrom('early ', 'late ', 'mid-', 'the end of ', ''),
      fc.constantFrom('this year', 'last year', 'last month', 'the previous month', 'this month'),
    )
    .map(([q, rel]) => `${q}${rel}`),
  fc
    .tuple(
      fc.constantFrom('in ', 'early ', 'late '),
      fc.constantFrom(...MONTH_FORMS),
      fc.oneof(yearText, fc.constantFrom(' this year', ' last year', ' that year', '')),
    )
    .map(([lead, m, y]) => `${lead}${m} ${y}`),
  fc.integer({ min: 1700, max: 2100 }).map((y) => `the ${y - (y % 10)}s`),
  fc
    .tuple(fc.constantFrom('in ', 'since ', 'the year ', 'between '), yearText, fc.option(yearText))
    .map(([lead, y, y2]) => `${lead}${y}${y2 === null ? '' : `-${y2}`}`),
  fc
    .tuple(fc.constantFrom('on ', 'last ', 'next ', 'this ', ''), fc.constantFrom(...WEEKDAYS))
    .map(([lead, w]) => `${lead}${w}`),
  fc.constantFrom('yesterday', 'today', 'tomorrow', 'the day before yesterday'),
  fc
    .tuple(
      fc.oneof(fc.integer({ min: 0, max: 99 }).map(String), fc.constantFrom('one', 'ten')),
      fc.constantFrom('years', 'months', 'days', 'year'),
    )
    .map(([n, unit]) => `${n} ${unit} ago`),
  fc
    .tuple(
      fc.integer({ min: 0, max: 999 }),
      fc.option(fc.tuple(dayText, dayText)),
      fc.option(yearText),
    )
    .map(
      ([j, md, g]) =>
        `Juche ${j}${md === null ? '' : `.${md[0]}.${md[1]}.`}${g === null ? '' : ` (${g})`}`,
    ),
  fc
    .tuple(fc.integer({ min: 0, max: 999 }), dayText, dayText)
    .map(([j, m, d]) => `[Juche${j}.${m}.${d}.]`),
);

const filler = fc.constantFrom(
  'the U.S. said',
  'and',
  'of that year',
  'within',
  'next',
  'percent',
  'the September 19 joint statement',
  'Pyongyang, July 13 (KCNA) --',
  ',',
  '.',
  '\n',
  'Kim Jong Un',
);

const dateSoup = fc
  .array(fc.oneof(datePhrase, filler, fc.string({ maxLength: 12 })), { maxLength: 12 })
  .map((parts) => parts.join(' '));

/** Reference dates: valid days across the whole range, impossible days, and non-dates. */
const anchor: fc.Arbitrary<string | undefined> = fc.oneof(
  fc
    .date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc
    .date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom(
    '0000-00-00',
    '0000-01-01',
    '0099-06-30',
    '0999-12-31',
    '1000-01-01',
    '2021-02-29',
    '2021-02-30',
    '2024-02-29',
    '2021-13-45',
    '9999-12-31',
    '',
    'yesterday',
    undefined,
  ),
  fc.string({ maxLength: 12 }),
);

const contextYear: fc.Arbitrary<number | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: 1000, max: 9999 }),
  fc.integer(),
  fc.constantFrom(0, -1, 10000, Number.NaN),
);

const validAnchor = fc
  .date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

// --- findDates ----------------------------------------------------------------------------------

describe('findDates fuzz', { timeout: 60_000 }, () => {
  const check = (text: string, publication?: string, year?: number): DateMention[] => {
    const mentions = timed('findDates', () => findDates(text, publication, year));
    expectMentions(mentions, text, publication);
    const dateline = timed('findDateline', () => findDateline(text));
    if (dateline !== undefined) {
      expect(dateline.start).toBeGreaterThanOrEqual(0);
      expect(dateline.end).toBeLessThanOrEqual(text.length);
    }
    return mentions;
  };

  it('resolves arbitrary text to valid days or nothing', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      // Any UTF-16 code units, lone surrogates included (`unit: 'binary'` is slow to start).
      fc
        .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 })
        .map((units) => String.fromCharCode(...units)),
    );
    fc.assert(
      fc.property(text, anchor, contextYear, (t, a, y) => void check(t, a, y)),
      runs(100),
    );
  });

  it('resolves date phrases with odd values against odd reference dates to valid days', () => {
    fc.assert(
      fc.property(dateSoup, anchor, contextYear, (t, a, y) => void check(t, a, y)),
      runs(250),
    );
  });

  it('reads `on <Month> <day>, <year>` exactly when it is a real day in 1000-9999', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 9999 }),
        anchor,
        (month, day, year, publication) => {
          const text = `It began on ${MONTHS[month]} ${day}, ${String(year).padStart(4, '0')}.`;
          const iso = `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const real = year >= 1000 && isoOf(utc(iso)) === iso;
          const mentions = check(text, publication);
          if (!real) expect(mentions).toEqual([]);
          else
            expect(mentions).toMatchObject([{ date: iso, precision: 'day', explicitYear: true }]);
        },
      ),
      runs(200),
    );
  });

  it('reads Juche dates exactly when they name a real day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 999 }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 0, max: 33 }),
        (juche, month, day) => {
          const mentions = check(`[Juche${juche}.${month}.${day}.]`);
          const iso = `${juche + 1911}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const real = month >= 1 && month <= 12 && isoOf(utc(iso)) === iso;
          expect(mentions.map((m) => m.date)).toEqual(real ? [iso] : []);
        },
      ),
      runs(150),
    );
  });

  it('puts relative days where the calendar says, or nowhere when that leaves 1000-9999', () => {
    const phrase = fc.oneof(
      fc
        .tuple(fc.constantFrom('on ', 'last ', 'this ', ''), fc.integer({ min: 0, max: 6 }))
        .map(([lead, weekday]) => ({ kind: 'weekday' as const, lead: lead.trim(), weekday })),
      fc
        .constantFrom(
          ['yesterday', 1],
          ['today', 0],
          ['tomorrow', -1],
          ['the day before yesterday', 2],
        )
        .map(([word, back]) => ({ kind: 'word' as const, word, back })),
      fc.integer({ min: 1, max: 99 }).map((n) => ({ kind: 'ago' as const, n })),
    );
    const edgeAnchor = fc.oneof(
      validAnchor,
      fc.constantFrom('1000-01-01', '1000-01-03', '9999-12-31', '2024-02-29', '2021-03-01'),
    );
    fc.assert(
      fc.property(phrase, edgeAnchor, (p, publication) => {
        const anchorTime = utc(publication);
        let text: string;
        let expected: number;
        if (p.kind === 'weekday') {
          text = `${p.lead} ${WEEKDAYS[p.weekday]}`.trim();
          let back = (new Date(anchorTime).getUTCDay() - p.weekday + 7) % 7;
          if (p.lead === 'last' && back === 0) back = 7;
          expected = anchorTime - back * DAY_MS;
        } else if (p.kind === 'word') {
          text = p.word;
          expected = anchorTime - p.back * DAY_MS;
        } else {
          text = `${p.n} days ago`;
          expected = anchorTime - p.n * DAY_MS;
        }
        const mentions = check(`It happened ${text}.`, publication);
        const year = new Date(expected).getUTCFullYear();
        if (year < 1000 || year > 9999) {
          expect(mentions).toEqual([]);
          return;
        }
        expect(mentions.map((m) => m.date)).toEqual([isoOf(expected)]);
        expect(mentions[0]?.isPublicationDay).toBe(expected === anchorTime);
      }),
      runs(200),
    );
  });

  it('keeps resolving on pathological text within the hang bound', () => {
    const N = 100_000;
    const inputs = [
      'a'.repeat(N),
      ` ${' '.repeat(N)}x`,
      `on${' '.repeat(N)}June`,
      'the '.repeat(N / 4),
      'on July 19 and '.repeat(N / 15),
      '1950 '.repeat(N / 5),
      'Juche'.repeat(N / 5),
      'Monday '.repeat(N / 7),
      'from January to '.repeat(N / 16),
      `${'A'.repeat(N)} July 13 (KCNA) --`,
      `Pyongyang${' '.repeat(N)}`,
      'on the occasion of the New Year '.repeat(N / 32),
    ];
    for (const text of inputs) check(text, '2021-08-01', 1950);
  });
});

// --- The whole extractor ------------------------------------------------------------------------

const ARTICLE_TOKENS = [
  'Pyongyang, July 13 (KCNA) --',
  'Kim Jong Un',
  'Comrade',
  'the U.S.',
  'the United States',
  'China',
  'Japan',
  'south Korea',
  'the DPRK',
  'KCNA',
  'Rodong Sinmun',
  'Xinhua',
  'the Foreign Ministry',
  'a spokesman',
  'said',
  'stressed',
  'noted that',
  'according to',
  'added',
  ':',
  '"',
  '“',
  '”',
  "'",
  ',',
  '.',
  '?',
  '!',
  ';',
  '--',
  '\n',
  '\n\n',
  'imperialists',
  '"hacking empire"',
  'U.S.-led',
  'Mr.',
  'Jan. 5',
  '-0-',
] as const;

const articleText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...ARTICLE_TOKENS),
      datePhrase,
      fc.stringMatching(/^[a-z]{1,8}$/),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
    ),
    { minLength: 1, maxLength: 120 },
  )
  .map((parts) => parts.join(' '));

function expectEvidence(evidence: Evidence, text: string): void {
  ensure(
    evidence.start >= 0 &&
      evidence.end >= evidence.start &&
      evidence.end <= text.length &&
      text.slice(evidence.start, evidence.end) === evidence.sentence,
    () => `evidence offsets do not match the text: ${JSON.stringify(evidence)}`,
  );
  ensure(
    evidence.confidence >= 0 && evidence.confidence <= 1,
    () => `bad confidence: ${JSON.stringify(evidence)}`,
  );
}

describe('extractArticle fuzz', { timeout: 60_000 }, () => {
  it('extracts from arbitrary article text without throwing; event dates are valid days', () => {
    const raw = fc.record({
      text: articleText,
      date: anchor,
      language: fc.constantFrom('en', 'en-US', 'und', 'ko'),
      topics: fc.array(fc.string({ maxLength: 10 }), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(raw, ({ text, date, language, topics }) => {
        const article: RawArticle = {
          title: 'Fuzzed',
          text,
          language,
          topics,
          origin: { location: 'fuzz' },
          ...(date === undefined ? {} : { date }),
        };
        const out = timed('extractArticle', () => extractArticle(article));
        expect(out.contentHash).toMatch(/^[0-9a-f]{64}$/);
        for (const event of out.events) {
          expectStorableDay(event.date);
          if (event.dateEnd !== undefined) {
            expectStorableDay(event.dateEnd);
            expect(event.dateEnd >= event.date).toBe(true);
          }
          expectEvidence(event.evidence, text);
        }
        for (const actor of out.actors) expectEvidence(actor.evidence, text);
        for (const quote of out.quotes) expectEvidence(quote.evidence, text);
        for (const narrative of out.narratives) expectEvidence(narrative.evidence, text);
      }),
      runs(60),
    );
  });
});

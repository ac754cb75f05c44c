/**
 * Fuzzing of how extraction time grows with the text: the extractor, its quotes and its actor
 * mentions must stay linear however the text repeats speech verbs, names, commas and anaphors.
 * Each case compares the time on n and 8n units by their ratio (ingest/testing/growth.ts), never
 * by a fixed slack (`said` x 20k once took 5-7 s, `Kim` x 20k 1.3 s).
 *
 * Reproduce a failure with the seed fast-check prints: `FUZZ_SEED=<seed> npx vitest run --project
 * unit ingest/extract/extract-growth.fuzz.test.ts`. `FUZZ_SCALE=10` runs ten times as many cases.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { runs, timed } from '../testing/fuzz-settings';
import { describeGrowth, LINEAR_RATIO_BOUND, measureGrowth } from '../testing/growth';
import { createArticleExtractor } from './extract-article';
import { findActorMentions } from './actors';
import { extractCitations } from './citations';
import { findMultilingualMentions } from './multilingual-actors';
import { extractNarratives } from './narratives';
import { extractQuotes } from './quotes';
import { splitSentences } from './sentences';

const gazetteer = buildGazetteer();

/**
 * Words that each drive a lookup in the quote, actor or citation code: cues, names, anaphors,
 * listings, outlet descriptors, stance words, separators.
 */
const UNIT_TOKENS = [
  'said',
  'says',
  'noted that',
  'according to',
  'adding',
  'quoted',
  'as saying',
  'Kim',
  'Kim Jong Un',
  'Choe Son Hui',
  'John Smith',
  'President',
  'Xinhua',
  'Rodong Sinmun',
  'the U.S.',
  'Friendship Association',
  'Friendship Association (FA)',
  'FA',
  'Daily News',
  'the paper',
  'It',
  'He',
  'the director',
  'the spokesman',
  'the message',
  'sent a letter',
  'reported by',
  'also carried',
  'They include',
  'the Nepali paper Rahasha',
  'Granma newspaper',
  ', a newspaper of',
  'a spokesman for the',
  'Foreign Ministry',
  'let loose a false report',
  'rightly pointed out',
  'interview with',
  ',',
  '.',
  ':',
  '"',
  '“seven words of verbatim speech right here”',
  '\n',
  // Korean names, surname-only mentions, groups, units, organs, metonyms and epithets.
  'Ri Son Gwon',
  'Lee group',
  'Unit 851 of the',
  'Italian Branch of the',
  'chairman of the',
  'the north',
  '"threat"',
] as const;

const unit = fc
  .array(fc.constantFrom(...UNIT_TOKENS), { minLength: 1, maxLength: 4 })
  .map((parts) => `${parts.join(' ')} `);

const quotesOf = (text: string): (() => unknown) => {
  const sentences = splitSentences(text);
  const mentions = findActorMentions(text, gazetteer);
  return () => extractQuotes(text, sentences, mentions);
};
const citationsOf = (text: string): (() => unknown) => {
  const sentences = splitSentences(text);
  const mentions = findActorMentions(text, gazetteer);
  const quotes = extractQuotes(text, sentences, mentions);
  return () => extractCitations(text, sentences, mentions, quotes);
};
const extract = createArticleExtractor(gazetteer);
const articleOf =
  (text: string): (() => unknown) =>
  () =>
    extract({ title: 't', text, date: '2011-06-01', language: 'en', origin: { location: 'fuzz' } });
const narrativesOf = (text: string): (() => unknown) => {
  const sentences = splitSentences(text);
  return () => extractNarratives(text, sentences, gazetteer);
};
const mentionsOf =
  (text: string): (() => unknown) =>
  () =>
    findActorMentions(text, gazetteer);

/** Korean, Chinese and Russian pieces: names, their prefixes, particles, marks, no spaces. */
const FOREIGN_TOKENS = [
  '조선',
  '미국의',
  '김정은동지께서',
  '조선민주주의인민공화',
  '한',
  '이란',
  '。',
  '朝鲜劳动党中央委员',
  '中',
  '发展中国',
  'Ким Чен ',
  'Южной Коре',
  'США. ',
  '«',
  ' ',
] as const;

/**
 * A CJK unit is a few code units, so 8 ms of work is a text that fits the CPU caches while its 8x
 * text does not, and that step alone reads as 20-30x. Units of dozens of characters timed from
 * 20 ms up put both sizes past it; at most 2,000 units keeps the texts under a few million
 * characters.
 */
const FOREIGN_MIN_MS = 20;

const foreignUnit = fc
  .array(fc.constantFrom(...FOREIGN_TOKENS), { minLength: 1, maxLength: 4 })
  // A name in every unit keeps the per-unit work above timer noise (`。` alone costs nothing).
  .map((parts) => `${parts.join('').repeat(8)}조선 `);

const foreignArticleOf =
  (language: string) =>
  (text: string): (() => unknown) =>
  () =>
    extract({ title: 't', text, language, origin: { location: 'fuzz' } });
const multilingualOf =
  (text: string): (() => unknown) =>
  () =>
    findMultilingualMentions(text, gazetteer);

function expectLinear(
  text: (units: number) => string,
  stage: (t: string) => () => unknown,
  minMs?: number,
  label = '',
): void {
  const growth = measureGrowth(text, stage, minMs === undefined ? {} : { minMs, maxN: 2000 });
  expect(growth.ratio, `${label} ${describeGrowth(growth)}`).toBeLessThan(LINEAR_RATIO_BOUND);
}

describe('extraction growth fuzz', { timeout: 60_000 }, () => {
  // Each test runs synchronously for seconds. Vitest's worker answers the runner's progress calls
  // only between macrotasks, and this file's tests run back to back in one, so without a turn of
  // the event loop after each the runner's call timed out once the file passed 60 s.
  afterEach(() => new Promise<void>((resolve) => setImmediate(resolve)));

  it('measures a quadratic stage as non-linear, so the growth checks below can fail', () => {
    const quadratic = (t: string) => () => {
      let hits = 0;
      for (let i = 0; i < t.length; i += 5) hits += t.indexOf('#', i) === -1 ? 1 : 0;
      return hits;
    };
    // Every timed run has the wall-clock hang bound. With the default 8 ms the large run took
    // about 1.5 s of CPU (n doubles past 8 ms to 22) and passed 5 s of wall time on a loaded
    // machine; from 4 ms it takes about 0.4 s, and the ratio stays near 64x.
    const growth = measureGrowth((n) => 'said '.repeat(n), quadratic, { minMs: 4 });
    expect(growth.ratio, describeGrowth(growth)).toBeGreaterThan(LINEAR_RATIO_BOUND);
  });

  it('keeps 20,000 x `said` in one sentence and 20,000 x `Kim` linear through the whole extractor', () => {
    // The two cases: 20,000 units is 8n for n = 2,500.
    expectLinear((n) => `The ${'said '.repeat(n)}end.`, articleOf);
    expectLinear((n) => `The ${'Kim '.repeat(n)}end.`, articleOf);
  });

  it('keeps quotes linear on repeated `said` and actor mentions on repeated `Kim`', () => {
    expectLinear((n) => 'said '.repeat(n), quotesOf);
    expectLinear((n) => ', said '.repeat(n), quotesOf);
    expectLinear((n) => 'Xinhua said '.repeat(n), quotesOf);
    expectLinear((n) => 'Kim '.repeat(n), mentionsOf);
    expectLinear((n) => 'John Smith '.repeat(n), mentionsOf);
    expectLinear((n) => 'President Kim '.repeat(n), mentionsOf);
    expectLinear((n) => 'Kim Chol Ho-Ri Son Gwon group '.repeat(n), mentionsOf);
    expectLinear(
      (n) => 'Dandong Branch of the Korean Friendship Association '.repeat(n),
      mentionsOf,
    );
    expectLinear((n) => 'the north and the south bisected Korea, '.repeat(n), mentionsOf);
    expectLinear((n) => 'Ministry of Education, Culture, Sports'.repeat(n), mentionsOf);
  });

  it('keeps quoted epithets linear on repeated quotes and slogan lists', () => {
    expectLinear((n) => 'the "threat" '.repeat(n), narrativesOf);
    expectLinear((n) => 'placards reading "A!", '.repeat(n), narrativesOf);
    expectLinear((n) => '"'.repeat(n), narrativesOf);
    expectLinear((n) => 'an article titled "B c" and '.repeat(n), narrativesOf);
  });

  it('keeps cited outlets linear on listings, spokespersons, introduced outlets and stance words', () => {
    expectLinear((n) => 'Xinhua said '.repeat(n), citationsOf);
    expectLinear((n) => `This was also reported by ${'Abc Def, '.repeat(n)}end.`, articleOf);
    expectLinear((n) => `Media carried it. They include ${'Abc, '.repeat(n)}end.`, articleOf);
    expectLinear((n) => 'a spokesman for the Abc Ministry '.repeat(n), articleOf);
    expectLinear((n) => 'the Nepali paper Rahasha carried '.repeat(n), articleOf);
    expectLinear((n) => 'Abc Def, a newspaper of '.repeat(n), mentionsOf);
    expectLinear((n) => 'Abc Def, the organ of '.repeat(n), mentionsOf);
    expectLinear((n) => 'The Sept. 9 issue of Abc Def '.repeat(n), mentionsOf);
    expectLinear((n) => 'the newspaper "Abc Def '.repeat(n), mentionsOf);
    expectLinear((n) => 'Abc Def, an Internet homepage of '.repeat(n), mentionsOf);
    // A list of papers before one verb: each item with its own issue, descriptor and mark.
    expectLinear(
      (n) => `${'the July issue of the Syrian paper Abc Def, '.repeat(n)}Xinhua carried it.`,
      articleOf,
    );
    expectLinear((n) => 'Xinhua let loose a false report '.repeat(n), citationsOf);
    // Body acts, officials' statements, `according to` senses and short names of earlier bodies.
    expectLinear((n) => 'The Abc Ministry printed a map, '.repeat(n), articleOf);
    expectLinear(
      (n) => 'the former chief of the Abc Ministry released a press statement '.repeat(n),
      articleOf,
    );
    expectLinear((n) => 'according to the plan of the Abc Ministry '.repeat(n), articleOf);
    expectLinear((n) => 'according to data of the U.S. Feb. Abc Department '.repeat(n), articleOf);
    expectLinear(
      (n) => 'The Abc Def Ministry met. The Def Ministry said so. '.repeat(n),
      articleOf,
    );
  });

  it('keeps event dates linear on repeated anniversaries, holidays, ranges and deixis', () => {
    // Each unit drives a look-around of the event rules: anniversary days, appositions, range
    // closers, `the same year`, reported `today`, quoted speech, named dates.
    for (const piece of [
      'the 36th anniversary of the ',
      'on July 27, the 58th anniversary ',
      'from June 25 to ',
      'between 2010 and ',
      'in October of the same year 1950 ',
      'Liberation Day in 2012 ',
      'said that today “tomorrow ',
      'the June 15 North-South ',
      '66 years since ',
      'rebuilt in 1445 and the  1500 ',
      'on the occasion of the New Year Juche ',
      'the gate to a thriving nation in 2030 ',
      'One day in July 1976 it was built last year ',
      'the 66th anniversary of liberation August 15 was the day ',
    ])
      expectLinear((n) => `It ${piece.repeat(n)}end.`, articleOf);
  });

  it('keeps Spanish event dates linear: days without a month, day ranges, `la víspera`', () => {
    const spanishArticleOf =
      (text: string): (() => unknown) =>
      () =>
        extract({
          title: 't',
          text,
          date: '2011-06-20',
          language: 'es',
          origin: { location: 'fuzz' },
        });
    for (const piece of [
      'el día 3 y ',
      'entre los días 8 y 9 al ',
      'del día 20 al 26 de ',
      'la víspera de ',
      'el 11º aniversario del ',
    ])
      expectLinear(
        (n) => `Tuvo lugar ${piece.repeat(4 * n)}fin.`,
        spanishArticleOf,
        FOREIGN_MIN_MS,
        piece,
      );
  });

  it('reads a large adversarial sentence within the hang bound', () => {
    // 400k characters in one sentence; the quadratic reader took minutes on it.
    for (const piece of ['said ', ', said ', 'Xinhua said ', '"a b c d e f g" Xinhua said ']) {
      const text = piece.repeat(Math.ceil(400_000 / piece.length));
      timed(
        `extractQuotes on ${JSON.stringify(piece)} x ${text.length / piece.length}`,
        quotesOf(text),
      );
    }
  });

  it('keeps Korean, Chinese and Russian text linear: runs without spaces, name prefixes, names', () => {
    const cases: [string, (t: string) => () => unknown][] = [
      ['조선을위하여', foreignArticleOf('ko')],
      ['조선민주주의인민공화', foreignArticleOf('ko')],
      ['한'.repeat(16), foreignArticleOf('ko')],
      ['朝鲜劳动党中央委员', foreignArticleOf('zh')],
      ['朝鲜劳动党中央委员。', foreignArticleOf('zh')],
      ['Ким Чен ', foreignArticleOf('ru')],
      ['Совет Безопасности ', multilingualOf],
    ];
    for (const [piece, stage] of cases)
      expectLinear((n) => piece.repeat(32 * n), stage, FOREIGN_MIN_MS, piece);
  });

  it('keeps Spanish citations linear: the formula, coordinated papers, introduced outlets', () => {
    for (const piece of [
      'Senala el diario Rodong Sinmun, ',
      'Rodong Sinmun, Minju Joson y ',
      'el diario Chautari y el periodico por Internet "X" ',
      'Según la cadena surcoreana Yonhap News del ',
      'El presidente de la agencia AP, en un comentario, lo ',
    ])
      expectLinear((n) => piece.repeat(4 * n), foreignArticleOf('es'), FOREIGN_MIN_MS, piece);
  });

  it('stays linear on foreign texts made of any repeated unit', () => {
    fc.assert(
      fc.property(foreignUnit, fc.constantFrom('ko', 'zh', 'ru'), (piece, language) => {
        expectLinear((n) => piece.repeat(n), foreignArticleOf(language), FOREIGN_MIN_MS);
      }),
      runs(5),
    );
  });

  it('stays linear on texts made of any repeated unit', () => {
    fc.assert(
      fc.property(unit, fc.boolean(), (piece, quotes) => {
        expectLinear((n) => piece.repeat(n), quotes ? quotesOf : mentionsOf);
      }),
      runs(12),
    );
  });
});

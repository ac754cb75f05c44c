/**
 * Fuzzing of how extraction time grows with the text: quotes and actor mentions must stay
 * (near-)linear however the text repeats speech verbs, names, commas and anaphors. Each case
 * builds a text from a random unit repeated n and 4n times and compares the times: linear code
 * takes about 4x, quadratic about 16x (`said` x 20k once took 5-7 s, `Kim` x 20k 1.3 s).
 *
 * Reproduce a failure with the seed fast-check prints: `FUZZ_SEED=<seed> npx vitest run --project
 * unit ingest/extract/extract-growth.fuzz.test.ts`. `FUZZ_SCALE=10` runs ten times as many cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { runs, timed } from '../testing/fuzz-settings';
import { findActorMentions } from './actors';
import { extractQuotes } from './quotes';
import { splitSentences } from './sentences';

const gazetteer = buildGazetteer();

/** Words that each drive a lookup in the quote or actor code: cues, names, anaphors, separators. */
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
  ',',
  '.',
  ':',
  '"',
  '“seven words of verbatim speech right here”',
  '\n',
] as const;

const unit = fc
  .array(fc.constantFrom(...UNIT_TOKENS), { minLength: 1, maxLength: 4 })
  .map((parts) => `${parts.join(' ')} `);

/** The fastest of a few runs: the machine is shared, and a slow run says nothing about growth. */
function fastest(run: () => unknown, repeats = 3): number {
  let best = Infinity;
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    timed('extraction', run);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const quotesOf = (text: string): (() => unknown) => {
  const sentences = splitSentences(text);
  const mentions = findActorMentions(text, gazetteer);
  return () => extractQuotes(text, sentences, mentions);
};
const mentionsOf =
  (text: string): (() => unknown) =>
  () =>
    findActorMentions(text, gazetteer);

/**
 * Time on 4n units against time on n: under 10x (linear is 4x, up to ~8x once the text outgrows
 * the CPU caches; quadratic is 16x), plus 100 ms of slack so that a garbage collection or a busy
 * machine during a run of a few milliseconds cannot fail it. The quadratic code took seconds here.
 */
function expectLinear(
  text: (units: number) => string,
  stage: (t: string) => () => unknown,
  n = 2_000,
): void {
  const small = fastest(stage(text(n)));
  const large = fastest(stage(text(4 * n)));
  expect(large, `4n took ${large.toFixed(1)} ms against ${small.toFixed(1)} ms for n`).toBeLessThan(
    10 * small + 100,
  );
}

describe('extraction growth fuzz', { timeout: 60_000 }, () => {
  it('keeps quotes linear on repeated `said` and actor mentions on repeated `Kim`', () => {
    expectLinear((n) => 'said '.repeat(n * 5), quotesOf);
    expectLinear((n) => ', said '.repeat(n * 2), quotesOf);
    expectLinear((n) => 'Xinhua said '.repeat(n), quotesOf);
    // The quadratic part of the actor scan is cheap per step: it shows from ~100k words on.
    expectLinear((n) => 'Kim '.repeat(n * 5), mentionsOf, 8_000);
    expectLinear((n) => 'John Smith '.repeat(n * 2), mentionsOf);
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

  it('stays linear on texts made of any repeated unit', () => {
    fc.assert(
      fc.property(unit, fc.boolean(), (piece, quotes) => {
        expectLinear((n) => piece.repeat(n), quotes ? quotesOf : mentionsOf);
      }),
      runs(12),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { findDateline } from './dates';
import { splitSentences } from './sentences';
import { findSourceEvidence } from './source-evidence';

function evidenceOf(sourceName: string, text: string, sourceLine?: string) {
  return findSourceEvidence(sourceName, text, splitSentences(text), findDateline(text), sourceLine);
}

describe('findSourceEvidence', () => {
  it("takes the dateline's sentence when the dateline is the publisher's signature", () => {
    const text =
      'Pyongyang, July 13 (KCNA) -- Kim Jong Un inspected a farm. He gave guidance there.';
    const evidence = evidenceOf('KCNA', text);
    expect(evidence).toMatchObject({ extractor: 'source/dateline', confidence: 1, start: 0 });
    expect(text.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
    expect(evidence.sentence).toContain('(KCNA)');
    expect(evidence.sentence).not.toContain('He gave guidance');
  });

  it('takes the first sentence naming the publisher when the dateline is another agency', () => {
    const text =
      'Pyongyang, August 3 (KCNA) -- The sky was clear. Rodong Sinmun said the United States is a "hacking empire". Rodong Sinmun added more.';
    const evidence = evidenceOf('Rodong Sinmun', text);
    expect(evidence.extractor).toBe('source/text');
    expect(evidence.sentence).toBe('Rodong Sinmun said the United States is a "hacking empire".');
    expect(text.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
  });

  it('matches the name as a whole word, ignoring case', () => {
    expect(evidenceOf('KCNA', 'The KCNAX feed was down. Nothing else.').extractor).toBe(
      'source/metadata',
    );
    expect(evidenceOf('Voice of Korea', 'As the voice of korea put it, no.').extractor).toBe(
      'source/text',
    );
  });

  it("falls back to the input's header line, outside the text", () => {
    const line =
      'Date: 01/08/2021 | Source: Ministry of Foreign Affairs (EN) | Read original version at source';
    const evidence = evidenceOf(
      'Ministry of Foreign Affairs (EN)',
      'A spokesperson answered a question.',
      line,
    );
    expect(evidence).toEqual({
      sentence: line,
      start: 0,
      end: 0,
      extractor: 'source/header',
      confidence: 1,
    });
  });

  it('says the record metadata named the source when nothing else does', () => {
    expect(evidenceOf('Minju Joson', 'Nothing names the paper here.')).toEqual({
      sentence: 'Source: Minju Joson',
      start: 0,
      end: 0,
      extractor: 'source/metadata',
      confidence: 1,
    });
  });
});

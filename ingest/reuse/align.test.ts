import { describe, expect, it } from 'vitest';
import { prose } from '../testing/prose';
import { compareTexts, MAX_PASSAGES, MIN_REUSED_WORDS } from './align';
import { analyseText } from './shingles';

const compare = (later: string, earlier: string) =>
  compareTexts(analyseText(later), analyseText(earlier));

/** A passage runs from its first word to its last, without the closing period. */
const unpunctuated = (text: string) => text.replace(/\.$/, '');

describe('compareTexts', () => {
  it('finds a reused paragraph and where it sits on both sides', () => {
    const paragraph = prose(1, 50);
    const later = `${prose(2, 70)}\n${paragraph}\n${prose(3, 80)}`;
    const earlier = `${prose(4, 30)}\n${paragraph}`;
    const match = compare(later, earlier);
    const passage = match?.passages[0];
    expect({
      passages: match?.passages.length,
      later: passage && later.slice(passage.start, passage.end),
      earlier: passage && earlier.slice(passage.targetStart, passage.targetEnd),
      words: passage?.words,
    }).toEqual({
      passages: 1,
      later: unpunctuated(paragraph),
      earlier: unpunctuated(paragraph),
      words: 50,
    });
  });

  it('measures overlap as the share of the later text found in the earlier one', () => {
    const half = prose(5, 100);
    const match = compare(`${half}\n${prose(6, 100)}`, `${prose(7, 20)} ${half}`);
    expect(match?.overlap).toBeCloseTo(96 / 196, 5);
  });

  it('keeps a passage whole across an edited word', () => {
    const words = prose(8, 80).split(' ');
    const edited = [...words.slice(0, 40), 'changed', ...words.slice(41)].join(' ');
    const match = compare(edited, words.join(' '));
    expect(match?.passages.map((p) => [p.start, p.end, p.words])).toEqual([
      [0, unpunctuated(edited).length, 80],
    ]);
  });

  it('ignores a shared stretch shorter than the minimum', () => {
    const phrase = prose(9, MIN_REUSED_WORDS - 1);
    expect(compare(`${prose(10, 40)} ${phrase}`, `${phrase} ${prose(11, 40)}`)).toBeUndefined();
  });

  it('treats the same text as reused in full', () => {
    const text = prose(12, 120);
    const match = compare(text, text);
    expect([
      match?.overlap,
      match?.passages.map((p) => [p.start, p.end, p.targetStart, p.targetEnd]),
    ]).toEqual([1, [[0, unpunctuated(text).length, 0, unpunctuated(text).length]]]);
  });

  it('stays bounded on thousands of repeated paragraphs', () => {
    const paragraph = prose(13, 40);
    const repeated = Array.from({ length: 3000 }, () => paragraph).join('\n');
    const scattered = Array.from({ length: 3000 }, (_, i) =>
      i % 2 === 0 ? paragraph : prose(14 + i, 35),
    ).join('\n');
    const match = compare(scattered, repeated);
    expect(match?.passages.length).toBe(MAX_PASSAGES);
  });
});

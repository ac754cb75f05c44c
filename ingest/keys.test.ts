import { describe, expect, it } from 'vitest';
import { articleKey, contentHash, normalizeUrl, slugify, sourceKey } from './keys';

describe('slugify', () => {
  it('makes lower-case ASCII slugs', () => {
    expect(slugify('Ministry of Foreign Affairs (EN)')).toBe('ministry-of-foreign-affairs-en');
    expect(slugify('Truth Learning from Children’ s Faces')).toBe(
      'truth-learning-from-children-s-faces',
    );
    expect(slugify('Côte d’Ivoire')).toBe('cote-divoire');
  });
});

describe('normalizeUrl', () => {
  it('drops fragments, tracking parameters and trailing slashes', () => {
    expect(normalizeUrl('HTTP://WWW.KCNA.KP/en/article/q/abc.kcmsf/?utm_source=x#top')).toBe(
      'http://www.kcna.kp/en/article/q/abc.kcmsf',
    );
  });
  it('rejects what is not an absolute http(s) URL', () => {
    expect(normalizeUrl('javascript:alert(1)')).toBeUndefined();
    expect(normalizeUrl('/relative')).toBeUndefined();
  });
});

describe('articleKey', () => {
  it('uses the URL when there is one', () => {
    expect(articleKey({ url: 'https://example.org/a', title: 'T' })).toBe('https://example.org/a');
  });
  it('gives a stub and the full article the same key from source, title and date', () => {
    const stub = articleKey({
      sourceName: 'Ministry of Foreign Affairs (EN)',
      title: 'Truth Learning from Children’ s Faces',
      date: '2025-07-02',
    });
    const full = articleKey({
      sourceName: 'Ministry of Foreign Affairs (EN)',
      title: "Truth Learning from Children's Faces",
      date: '2025-07-02',
    });
    expect(stub).toMatch(/^h:[0-9a-f]{32}$/);
    expect(full).toBe(stub);
  });
  it('keeps different dates apart', () => {
    const a = articleKey({ sourceName: 'KCNA', title: 'Same title', date: '2024-01-01' });
    const b = articleKey({ sourceName: 'KCNA', title: 'Same title', date: '2024-01-02' });
    expect(a).not.toBe(b);
  });
});

describe('contentHash and sourceKey', () => {
  it('changes when the text changes', () => {
    const base = { title: 'T', date: '2021-08-01', sourceName: 'S', text: 'body' };
    expect(contentHash(base)).toBe(contentHash({ ...base }));
    expect(contentHash(base)).not.toBe(contentHash({ ...base, text: 'body.' }));
  });
  it('slugs source names', () => {
    expect(sourceKey('Rodong Sinmun')).toBe('rodong-sinmun');
  });
});

describe('sourceKey edge cases', () => {
  it('hashes names that slug to nothing, so different ones stay apart', () => {
    const korean = sourceKey('조선중앙통신');
    expect(korean).toMatch(/^h-[0-9a-f]{16}$/);
    expect(sourceKey('로동신문')).not.toBe(korean);
    expect(sourceKey('  조선중앙통신 ')).toBe(korean);
    expect(sourceKey('!!!')).toMatch(/^h-/);
  });

  it('bounds long names while keeping them distinct', () => {
    const long = 'Agency '.repeat(20_000);
    const key = sourceKey(long);
    expect(key.length).toBeLessThanOrEqual(113);
    expect(key).toMatch(/^agency-agency.*-[0-9a-f]{12}$/);
    expect(sourceKey(`${long}x`)).not.toBe(key);
    expect(sourceKey('Rodong Sinmun')).toBe('rodong-sinmun');
  });
});

describe('names in other scripts', () => {
  it('keep their letters in slugs, recomposed, so they do not merge with Latin names', () => {
    expect(slugify('Probe 한글')).toBe('probe-한글');
    expect(slugify('조선중앙통신')).toBe('조선중앙통신'.normalize('NFC'));
    expect(slugify('ガイド')).toBe('ガイド');
    expect(slugify('Łódź')).toBe('łodz');
  });

  it('give sources distinct ASCII keys', () => {
    const probe = sourceKey('Probe');
    const korean = sourceKey('Probe 한글');
    expect({ probe, korean: /^probe-[0-9a-f]{12}$/.test(korean) }).toEqual({
      probe: 'probe',
      korean: true,
    });
  });
});

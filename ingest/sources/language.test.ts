import { describe, expect, it } from 'vitest';
import { detectLanguage, normalizeLanguageTag, resolveLanguage } from './language';

describe('detectLanguage', () => {
  it('labels English prose en', () => {
    expect(
      detectLanguage(
        'On July 20, a spokesperson for the Chinese Foreign Ministry said that the U.S. is rallying its allies.',
      ),
    ).toBe('en');
  });

  it('labels a name-heavy English list en (capitalized names do not dilute the evidence)', () => {
    expect(
      detectLanguage(
        'The committee will be made up of the following persons: Kim Jong Un, Kim Yong Nam, Choe Yong Rim, Ri Yong Ho, Kim Yong Chun, Jon Pyong Ho, Kim Kuk Thae.',
      ),
    ).toBe('en');
  });

  it('labels a short plain English line with no function words en', () => {
    expect(detectLanguage('Leader Kim Jong Il visited Tongbong Co-op Farm, Hamju County.')).toBe(
      'en',
    );
  });

  it('labels Spanish, even without accents, und', () => {
    expect(
      detectLanguage(
        'El diario Rodong Sinmun en un articulo de hoy califico las provocaciones de la banda de traidores del Sur de Corea contra la Republica.',
      ),
    ).toBe('und');
  });

  it('labels non-Latin scripts und', () => {
    expect(
      detectLanguage(
        '조선중앙통신사는 오늘 다음과 같은 보도를 발표하였다. 경애하는 김정은동지께서',
      ),
    ).toBe('und');
    expect(detectLanguage('Министерство иностранных дел заявило сегодня о новых санкциях')).toBe(
      'und',
    );
  });

  it('labels empty and tiny texts und', () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('ok')).toBe('und');
  });
});

describe('normalizeLanguageTag / resolveLanguage', () => {
  it('normalizes declared tags and names', () => {
    expect(normalizeLanguageTag('EN')).toBe('en');
    expect(normalizeLanguageTag('en_us')).toBe('en-US');
    expect(normalizeLanguageTag('Korean')).toBe('ko');
    expect(normalizeLanguageTag('  ')).toBeUndefined();
    expect(normalizeLanguageTag('not a tag!')).toBeUndefined();
  });

  it('prefers the declared language and falls back to detection', () => {
    expect(resolveLanguage('ru', 'The text is in English but the record says Russian.')).toBe('ru');
    expect(
      resolveLanguage(undefined, 'This is the text of an English article about the talks.'),
    ).toBe('en');
    expect(resolveLanguage(42, 'Это текст на русском языке о переговорах.')).toBe('und');
  });
});

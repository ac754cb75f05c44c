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

  it('labels Spanish, even without accents, es, and other Latin-script languages by function words', () => {
    expect(
      detectLanguage(
        'El diario Rodong Sinmun en un articulo de hoy califico las provocaciones de la banda de traidores del Sur de Corea contra la Republica.',
      ),
    ).toBe('es');
    expect(
      detectLanguage(
        "Le journal Rodong Sinmun a publié aujourd'hui un article sur les manœuvres militaires dans la péninsule et la réaction des pays voisins.",
      ),
    ).toBe('fr');
    expect(
      detectLanguage(
        'Die Zeitung Rodong Sinmun hat heute einen Artikel über die Manöver veröffentlicht, und die Regierung ist nicht bereit, sich mit den Vereinigten Staaten zu treffen.',
      ),
    ).toBe('de');
  });

  it('labels Korean, Chinese, Japanese and Russian by script', () => {
    expect(
      detectLanguage(
        '조선중앙통신사는 오늘 다음과 같은 보도를 발표하였다. 경애하는 김정은동지께서',
      ),
    ).toBe('ko');
    expect(detectLanguage('朝鲜劳动党总书记金正恩同俄罗斯总统普京举行会谈。')).toBe('zh');
    expect(detectLanguage('北朝鮮の金正恩総書記はロシアのプーチン大統領と会談した。')).toBe('ja');
    expect(detectLanguage('Министерство иностранных дел заявило сегодня о новых санкциях')).toBe(
      'ru',
    );
    expect(detectLanguage('Міністерство закордонних справ України заявило про нові санкції')).toBe(
      'uk',
    );
    // Korean with Hanja and a few Latin acronyms is still Korean.
    expect(
      detectLanguage('朝鮮中央通信 KCNA는 오늘 美國의 UN 결의를 규탄하는 보도를 발표하였다.'),
    ).toBe('ko');
  });

  it('reads only a bounded opening of the text', () => {
    const english = 'The delegation of the party left Pyongyang for the talks. '.repeat(80);
    expect(detectLanguage(english + '조선중앙통신사는 오늘 보도를 발표하였다. '.repeat(400))).toBe(
      'en',
    );
  });

  it('labels mixed scripts und', () => {
    expect(
      detectLanguage('Министерство 외무성 ministry 外务省 Министерство 외무성 ministry 外务省'),
    ).toBe('und');
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
    expect(resolveLanguage(42, 'Это текст на русском языке о переговорах.')).toBe('ru');
  });
});

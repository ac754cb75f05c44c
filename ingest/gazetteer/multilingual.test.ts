import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '.';
import { multilingualNames } from './multilingual';
import { russianForms } from './russian-forms';

describe('multilingual names', () => {
  const names = multilingualNames();

  it('names only keys of the English gazetteer, so every language links to the same nodes', () => {
    const entries = buildGazetteer().entries;
    const unknown = names.filter((n) => n.key !== undefined && !entries.has(n.key));
    expect(unknown.map((n) => `${n.surface} -> ${String(n.key)}`)).toEqual([]);
  });

  it('covers the leaders, party, outlets and neighbours in Korean, Chinese and Russian', () => {
    const keyOf = new Map(names.map((n) => [n.surface, n.key]));
    const expected: Record<string, readonly string[]> = {
      'country:united-states': ['미국', '美国', 'США'],
      'country:north-korea': ['조선민주주의인민공화국', '조선', '朝鲜', 'КНДР'],
      'country:south-korea': ['남조선', '한국', '韩国', 'Южная Корея'],
      'country:japan': ['일본', '日本', 'Япония'],
      'country:china': ['중국', '中国', 'Китай'],
      'country:russia': ['러시아', '로씨야', '俄罗斯', 'Россия'],
      'person:kim-jong-un': ['김정은', '金正恩', 'Ким Чен Ын'],
      'person:kim-il-sung': ['김일성', '金日成', 'Ким Ир Сен'],
      'person:kim-jong-il': ['김정일', '金正日', 'Ким Чен Ир'],
      'person:kim-yo-jong': ['김여정', '金与正', 'Ким Ё Чжон'],
      'organization:workers-party-of-korea': ['조선로동당', '朝鲜劳动党', 'Трудовая партия Кореи'],
      'outlet:kcna': ['조선중앙통신', '朝中社', 'ЦТАК'],
      'outlet:rodong-sinmun': ['로동신문', '劳动新闻', 'Нодон синмун'],
      'organization:united-nations': ['유엔', '联合国', 'ООН'],
      'organization:un-security-council': [
        '유엔안전보장리사회',
        '联合国安理会',
        'Совет Безопасности ООН',
      ],
      'outlet:xinhua': ['신화통신', '新华社', 'Синьхуа'],
      'outlet:tass': ['타스통신', '塔斯社', 'ТАСС'],
      'outlet:yonhap': ['연합뉴스', '韩联社', 'Рёнхап'],
    };
    for (const [key, surfaces] of Object.entries(expected))
      for (const surface of surfaces) expect(keyOf.get(surface), surface).toBe(key);
  });

  it('marks Cyrillic forms for word boundaries and leaves Hangul and Han unbounded', () => {
    const bySurface = new Map(names.map((n) => [n.surface, n]));
    expect(bySurface.get('Японии')).toMatchObject({ leftBoundary: true, rightBoundary: true });
    expect(bySurface.get('미국')).toMatchObject({ leftBoundary: false, rightBoundary: false });
    expect(bySurface.get('이란')).toMatchObject({ leftBoundary: true, rightBoundary: false });
    expect(bySurface.get('조선반도')?.key).toBeUndefined();
  });
});

describe('russianForms', () => {
  it('declines nouns of each pattern the names use', () => {
    expect(russianForms('Япония/N')).toEqual(
      ['Япония', 'Японии', 'Японии', 'Японию', 'Японией', 'Японии'].filter(
        (f, i, all) => all.indexOf(f) === i,
      ),
    );
    expect(new Set(russianForms('Китай/N'))).toEqual(
      new Set(['Китай', 'Китая', 'Китаю', 'Китаем', 'Китае']),
    );
    expect(new Set(russianForms('Мексика/N'))).toEqual(
      new Set(['Мексика', 'Мексики', 'Мексике', 'Мексику', 'Мексикой']),
    );
    expect(russianForms('Путин/S')).toContain('Путиным');
  });

  it('declines adjective and noun together and keeps untagged words', () => {
    expect(new Set(russianForms('Южная/A Корея/N'))).toEqual(
      new Set(['Южная Корея', 'Южной Кореи', 'Южной Корее', 'Южную Корею', 'Южной Кореей']),
    );
    expect(russianForms('Трудовая/A партия/N Кореи')).toContain('Трудовой партией Кореи');
    expect(russianForms('Ким Чен Ын/N')).toContain('Ким Чен Ыном');
  });

  it('adds the е spelling of ё and every form of a demonym, capitalized or not', () => {
    expect(russianForms('Соединённые/A Штаты/N')).toContain('Соединенных Штатов');
    const american = russianForms('американский/D');
    for (const form of ['американские', 'Американская', 'американских', 'американскую'])
      expect(american).toContain(form);
  });

  it('gives the -ец people noun in both numbers', () => {
    const americans = russianForms('американец/P');
    for (const form of ['американец', 'американцы', 'Американцев', 'американцами'])
      expect(americans).toContain(form);
  });

  it('rejects an unknown tag', () => {
    expect(() => russianForms('Япония/X')).toThrow(/unknown Russian declension tag/);
  });
});

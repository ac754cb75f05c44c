import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { romanizeKoreanName, transliterateRussian } from './foreign-names';
import { findForeignActorMentions } from './multilingual-actors';

const gazetteer = buildGazetteer();
const people = (text: string): string[] => [
  ...new Set(
    findForeignActorMentions(text, gazetteer)
      .filter((m) => m.entry.kind === 'person')
      .map((m) => `${m.entry.key} ${m.surface}`),
  ),
];

describe('people written in Hangul or Cyrillic whom no list knows', () => {
  it('romanizes a Korean name as KCNA does, voicing given syllables after a vowel or sonorant', () => {
    expect(
      ['리선권', '장성택', '김계관', '박봉주', '최룡해', '김덕훈'].map((n) =>
        romanizeKoreanName(n),
      ),
    ).toEqual([
      'Ri Son Gwon',
      'Jang Song Thaek',
      'Kim Kye Gwan',
      'Pak Pong Ju',
      'Choe Ryong Hae',
      'Kim Tok Hun',
    ]);
    expect(romanizeKoreanName('남궁민수', 2)).toBe('Namgung Min Su');
    expect(transliterateRussian('Александр Мацегора')).toBe('Aleksandr Matsegora');
  });

  it('finds a Korean name before a word only people take, and no word shaped like one', () => {
    expect(people('비서인 리일환동지와 김명철 씨가 참가하였다. 김정은동지께서')).toEqual([
      'person:ri-il-hwan 리일환',
      'person:kim-myong-chol 김명철',
      'person:kim-jong-un 김정은',
    ]);
    expect(people('국방성 대변인은 선거는 끝났다고 말하였다.')).toEqual([]);
  });

  it('finds a Russian name after a title or with initials, in the nominative only', () => {
    expect(
      people('Посол Александр Мацегора и министр Сергей Лавров встретились. И. И. Иванов сказал.'),
    ).toEqual([
      'person:aleksandr-matsegora Александр Мацегора',
      'person:sergey-lavrov Сергей Лавров',
      'person:i-i-ivanov И. И. Иванов',
    ]);
    expect(
      people(
        'Президент Российской Федерации встретился с министром Ивановым. Посол Ивановой не было.',
      ),
    ).toEqual([]);
  });
});

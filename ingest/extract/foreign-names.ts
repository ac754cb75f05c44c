import { personAsWritten } from './as-written';
import type { ActorMention } from './actor-matcher';
import { SpanIndex, type Span } from './span-index';

/** Family names as Korean writes them (DPRK and ROK spellings, compound ones first). */
const HANGUL_SURNAMES =
  '남궁|황보|제갈|선우|독고|사공|서문|김|리|이|박|최|정|강|조|윤|장|림|임|한|오|서|신|권|황|안|송|류|유|홍|전|고|문|양|량|손|배|백|허|남|심|로|노|하|곽|성|차|주|우|구|민|진|나|지|엄|채|원|천|방|공|현|함|변|렴|염|여|추|도|소|석|선|설|마|길|연|위|표|명|기|반|왕|금|옥|육|인|맹|제|모|탁|국|어|은|편|용|예|경|봉|태|계|피|두|감|빈|동|온|호|범|좌|팽|승|간|갈';

/**
 * A Korean name (family name and a two-syllable given name, no space) before a word only people
 * take, particles and all: `최룡해동지`, `박정천 동지와`, `김명철씨가`. Without that cue it is left
 * alone: three Hangul syllables after a family-name syllable are as often a word (`국방성`).
 */
const HANGUL_NAME = new RegExp(
  `(?<![가-힣])((?:${HANGUL_SURNAMES})[가-힣]{2})(?= ?(?:동지|동무|선생|여사|씨))`,
  'gu',
);

const INITIALS = [
  'k',
  'kk',
  'n',
  't',
  'tt',
  'r',
  'm',
  'p',
  'pp',
  's',
  'ss',
  '',
  'j',
  'jj',
  'ch',
  'kh',
  'th',
  'ph',
  'h',
];
/** Voiced forms of `k`, `t`, `p` inside a given name after a vowel or a sonorant (`Son Gwon`). */
const VOICED: Readonly<Record<string, string>> = { k: 'g', t: 'd', p: 'b' };
const VOWELS = [
  'a',
  'ae',
  'ya',
  'yae',
  'o',
  'e',
  'yo',
  'ye',
  'o',
  'wa',
  'wae',
  'oe',
  'yo',
  'u',
  'wo',
  'we',
  'wi',
  'yu',
  'u',
  'ui',
  'i',
];
const FINALS = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'l',
  'k',
  'm',
  'l',
  'l',
  'l',
  'p',
  'l',
  'm',
  'p',
  'p',
  't',
  't',
  'ng',
  't',
  't',
  'k',
  't',
  'p',
  't',
];
/** KCNA's spelling of a family name where it differs from the syllable's (`이` is `Ri`). */
const SURNAME_SPELLING: Readonly<Record<string, string>> = {
  이: 'Ri',
  리: 'Ri',
  임: 'Rim',
  림: 'Rim',
};

/** A Hangul name as KCNA romanizes it (McCune-Reischauer without marks): `리선권` is `Ri Son Gwon`. */
export function romanizeKoreanName(name: string, surnameLength = 1): string {
  const syllables: string[] = [];
  let previousFinal = '';
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i) - 0xac00;
    if (code < 0 || code > 11171) return name;
    let initial = INITIALS[Math.floor(code / 588)] ?? '';
    const vowel = VOWELS[Math.floor((code % 588) / 28)] ?? '';
    const final = FINALS[code % 28] ?? '';
    const givenLater = i > 0 && i !== surnameLength;
    if (givenLater && ['', 'n', 'm', 'l', 'ng'].includes(previousFinal))
      initial = VOICED[initial] ?? initial;
    const syllable = `${initial}${vowel}${final}`;
    // A compound family name is one word; each given syllable is a word of its own.
    if (i > 0 && i < surnameLength) syllables[0] += syllable;
    else syllables.push(syllable);
    previousFinal = final;
  }
  const surname = name.slice(0, surnameLength);
  const words = syllables.map((s) => (s[0] ?? '').toUpperCase() + s.slice(1));
  words[0] = SURNAME_SPELLING[surname] ?? words[0] ?? '';
  return words.join(' ');
}

/** Titles before a Russian name: `министр Сергей Лавров`, `товарищ Ким Чен Ын`. */
const RUSSIAN_TITLE =
  '(?:[Пп]резидент|[Пп]ремьер-министр|[Мм]инистр|[Пп]осол|[Пп]редседатель|[Тт]оварищ|[Гг]осподин|[Гг]оспожа|[Дд]епутат|[Сс]енатор|[Гг]убернатор|[Мм]эр|[Пп]ресс-секретарь|[Сс]екретарь|[Сс]оветник|[Гг]енерал|[Мм]аршал)';
const CYRILLIC_WORD = '[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?';
/** `В. В. Путин`, or two or three capitalised words after a title; both in the nominative. */
const RUSSIAN_NAME = new RegExp(
  `(?<![\\p{L}.])(?:(?:[А-ЯЁ]\\. ?){1,2}${CYRILLIC_WORD}|(?<=${RUSSIAN_TITLE} )${CYRILLIC_WORD}(?: ${CYRILLIC_WORD}){1,2})(?![\\p{L}-])`,
  'gu',
);
/**
 * Oblique-case and adjective endings (`Лаврова`, `Путину`, `Российской Федерации`): only a name in
 * the nominative is keyed, and a title's country is no name.
 */
const OBLIQUE = /(?:ова|ева|ина|ову|еву|ину|ым|ове|еве|ине|ого|ому|ой|ии|ых|ую|ее|ие|ая|ое|ые)$/;
const ADJECTIVE_FIRST = /^\S*(?:ой|ии|ого|ских|ская|ское|ский)(?:\s|$)/;

const LATIN: Readonly<Record<string, string>> = Object.fromEntries<string>([
  ...'абвгдезийклмнопрстуфыэ'
    .split('')
    .map((c, i): [string, string] => [c, 'abvgdeziyklmnoprstufye'[i] ?? '']),
  ['ё', 'yo'],
  ['ж', 'zh'],
  ['х', 'kh'],
  ['ц', 'ts'],
  ['ч', 'ch'],
  ['ш', 'sh'],
  ['щ', 'shch'],
  ['ъ', ''],
  ['ь', ''],
  ['ю', 'yu'],
  ['я', 'ya'],
]);

/** Russian letters in Latin ones, for a key: `Сергей Лавров` is `sergey-lavrov`. */
export function transliterateRussian(name: string): string {
  let out = '';
  for (const c of name) {
    const lower = c.toLowerCase();
    const latin = LATIN[lower];
    out +=
      latin === undefined
        ? c
        : c === lower
          ? latin
          : (latin[0] ?? '').toUpperCase() + latin.slice(1);
  }
  return out;
}

/**
 * People written in Hangul or Cyrillic whom no list knows (docs/languages.md): a Korean name before
 * `동지`, `씨` and the like, keyed by its KCNA romanization, and a Russian name in the nominative with
 * initials or after a title, keyed by its transliteration. Spans already taken stay as they are.
 */
export function findForeignNames(text: string, taken: readonly Span[]): ActorMention[] {
  const occupied = new SpanIndex<Span>(taken);
  const out: ActorMention[] = [];
  HANGUL_NAME.lastIndex = 0;
  for (let m = HANGUL_NAME.exec(text); m !== null; m = HANGUL_NAME.exec(text)) {
    const end = m.index + m[0].length;
    if (occupied.overlaps(m.index, end)) continue;
    const compound = /^(?:남궁|황보|제갈|선우|독고|사공|서문)/.test(m[0]) ? 2 : 1;
    out.push({
      start: m.index,
      end,
      surface: m[0],
      entry: personAsWritten(m[0], romanizeKoreanName(m[0], compound)),
      extractor: 'actors/person-pattern',
      confidence: 0.7,
    });
  }
  RUSSIAN_NAME.lastIndex = 0;
  for (let m = RUSSIAN_NAME.exec(text); m !== null; m = RUSSIAN_NAME.exec(text)) {
    const end = m.index + m[0].length;
    if (occupied.overlaps(m.index, end) || OBLIQUE.test(m[0]) || ADJECTIVE_FIRST.test(m[0]))
      continue;
    out.push({
      start: m.index,
      end,
      surface: m[0],
      entry: personAsWritten(m[0], transliterateRussian(m[0].replace(/\. ?/g, '. '))),
      extractor: 'actors/person-pattern',
      confidence: 0.7,
    });
  }
  return out;
}

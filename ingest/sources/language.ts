/**
 * Crude language labelling: English decides which extractors run, Korean, Chinese, Japanese and
 * Russian which names the actor matcher reads (docs/languages.md). Anything it cannot tell is
 * `und` (undetermined) rather than a guess.
 */

/** Frequent English function words: English prose is roughly a quarter to a third of these. */
const ENGLISH_STOPWORDS = new Set([
  'the',
  'of',
  'and',
  'to',
  'in',
  'a',
  'is',
  'that',
  'for',
  'on',
  'with',
  'as',
  'by',
  'at',
  'from',
  'was',
  'it',
  'be',
  'this',
  'are',
  'which',
  'has',
  'have',
  'an',
  'his',
  'its',
  'not',
  'were',
  'will',
  'he',
  'they',
  'their',
  'said',
  'been',
  'or',
  'but',
  'who',
  'all',
  'also',
]);

/**
 * Frequent function words of other Latin-script languages. Words that are also English or common
 * in English names are left out; a word shared by several languages counts for each of them.
 */
const OTHER_STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  fr: [
    'le',
    'les',
    'des',
    'du',
    'et',
    'est',
    'une',
    'un',
    'pour',
    'dans',
    'qui',
    'sur',
    'au',
    'avec',
    'la',
    'de',
    'que',
    'en',
    'ce',
    'pas',
    'sont',
    'aux',
    'par',
  ],
  de: [
    'der',
    'die',
    'und',
    'das',
    'ist',
    'nicht',
    'mit',
    'den',
    'sich',
    'auf',
    'ein',
    'eine',
    'dem',
    'des',
    'zu',
    'von',
    'im',
    'wird',
    'auch',
    'für',
  ],
  es: [
    'el',
    'los',
    'las',
    'que',
    'y',
    'del',
    'por',
    'con',
    'una',
    'un',
    'para',
    'es',
    'lo',
    'como',
    'la',
    'de',
    'en',
    'se',
    'su',
    'al',
  ],
  it: [
    'il',
    'di',
    'che',
    'della',
    'sono',
    'gli',
    'del',
    'la',
    'una',
    'un',
    'con',
    'nel',
    'alla',
    'è',
    'delle',
    'dei',
  ],
  pt: [
    'em',
    'um',
    'uma',
    'os',
    'da',
    'que',
    'de',
    'não',
    'com',
    'ao',
    'são',
    'foi',
    'pelo',
    'pela',
    'dos',
    'das',
    'se',
  ],
  nl: [
    'het',
    'een',
    'van',
    'niet',
    'ook',
    'zijn',
    'voor',
    'de',
    'en',
    'wordt',
    'werd',
    'bij',
    'aan',
    'naar',
  ],
};

/** Word -> the other languages it is a function word of. */
const OTHER_BY_WORD: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [language, words] of Object.entries(OTHER_STOPWORDS))
    for (const word of words) map.set(word, [...(map.get(word) ?? []), language]);
  return map;
})();

/** Language names some exports write instead of codes. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  english: 'en',
  korean: 'ko',
  russian: 'ru',
  chinese: 'zh',
  japanese: 'ja',
  french: 'fr',
  german: 'de',
  spanish: 'es',
  arabic: 'ar',
};

/** Only the opening matters for a crude guess, and it keeps the cost flat for long texts. */
const SAMPLE_CHARS = 4000;

/** Languages `detectLanguage` tells apart; `und` when it cannot tell. */
export type DetectedLanguage =
  'en' | 'ko' | 'ja' | 'zh' | 'ru' | 'uk' | 'fr' | 'de' | 'es' | 'it' | 'pt' | 'nl' | 'und';

interface ScriptCounts {
  letters: number;
  ascii: number;
  latin: number;
  hangul: number;
  han: number;
  kana: number;
  cyrillic: number;
  /** `ы э ъ ё`: Russian, not Ukrainian. */
  russianMarks: number;
  /** `і ї є ґ`: Ukrainian, not Russian. */
  ukrainianMarks: number;
}

const LETTER = /\p{L}/u;

function countScripts(sample: string): ScriptCounts {
  const c: ScriptCounts = {
    letters: 0,
    ascii: 0,
    latin: 0,
    hangul: 0,
    han: 0,
    kana: 0,
    cyrillic: 0,
    russianMarks: 0,
    ukrainianMarks: 0,
  };
  for (const ch of sample) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
      c.letters++;
      c.ascii++;
      c.latin++;
    } else if (code < 0xc0) continue;
    else if (!LETTER.test(ch)) continue;
    else {
      c.letters++;
      if (code <= 0x24f) c.latin++;
      else if (code >= 0x400 && code <= 0x4ff) {
        c.cyrillic++;
        if ('ыэъёЫЭЪЁ'.includes(ch)) c.russianMarks++;
        else if ('іїєґІЇЄҐ'.includes(ch)) c.ukrainianMarks++;
      } else if ((code >= 0xac00 && code <= 0xd7a3) || (code >= 0x1100 && code <= 0x11ff))
        c.hangul++;
      else if (code >= 0x3040 && code <= 0x30ff) c.kana++;
      else if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) c.han++;
    }
  }
  return c;
}

/**
 * The language of a text from its opening: by script for Korean (Hangul), Japanese (kana among
 * Han), Chinese (Han), Russian and Ukrainian (Cyrillic, told apart by letters only one of them
 * has); for Latin script by function-word frequency (English, French, German, Spanish, Italian,
 * Portuguese, Dutch). Very short texts and mixed scripts are `und`.
 */
export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.slice(0, SAMPLE_CHARS);
  const c = countScripts(sample);
  // Twelve Han or Hangul characters are a sentence; twelve Latin letters are two words.
  if (c.letters < 12 && c.hangul + c.han + c.kana < 6) return 'und';
  if (c.hangul >= 0.3 * c.letters) return 'ko';
  if (c.kana >= 0.1 * c.letters && c.kana + c.han >= 0.5 * c.letters) return 'ja';
  if (c.han >= 0.5 * c.letters) return 'zh';
  if (c.cyrillic >= 0.5 * c.letters) {
    if (c.ukrainianMarks > c.russianMarks) return 'uk';
    return c.russianMarks > 0 ? 'ru' : 'und';
  }
  if (c.latin < 0.9 * c.letters) return 'und';
  return latinLanguage(sample, c.ascii === c.letters);
}

function latinLanguage(sample: string, plainAscii: boolean): DetectedLanguage {
  // Capitalized tokens are mostly names (KCNA lists dozens of officials); they say nothing about
  // the language, so the function-word density is measured over the other tokens.
  const words = (sample.match(/\p{L}+(?:'\p{L}+)?/gu) ?? []).filter((w) => !/^\p{Lu}/u.test(w));
  if (words.length === 0) return plainAscii ? 'en' : 'und';
  let english = 0;
  let other = 0;
  const hits = new Map<string, number>();
  for (const word of words) {
    const lower = word.toLowerCase();
    if (ENGLISH_STOPWORDS.has(lower)) {
      english += 1;
      continue;
    }
    const languages = OTHER_BY_WORD.get(lower);
    if (languages === undefined) continue;
    other += 1;
    for (const language of languages) hits.set(language, (hits.get(language) ?? 0) + 1);
  }
  if ((other === 0 || english > 2 * other) && english / words.length >= 0.08) return 'en';
  // A short plain-ASCII line with no foreign function words ("Leader X visited Y Farm.") is
  // English as far as this crude test can tell.
  if (other === 0) return plainAscii && words.length < 12 ? 'en' : 'und';
  let best: string | undefined;
  let bestHits = 0;
  for (const [language, count] of hits) {
    if (count > bestHits) {
      best = language;
      bestHits = count;
    }
  }
  return bestHits >= 2 && bestHits >= 0.05 * words.length ? (best as DetectedLanguage) : 'und';
}

/**
 * Normalizes a declared language (`EN`, `en_US`, `English`) to a BCP-47-ish code; returns undefined
 * for an empty or unusable value so the caller can fall back to detection.
 */
export function normalizeLanguageTag(declared: string): string | undefined {
  const trimmed = declared.trim();
  if (trimmed === '') return undefined;
  const named = LANGUAGE_NAMES[trimmed.toLowerCase()];
  if (named !== undefined) return named;
  if (!/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/.test(trimmed)) return undefined;
  const [primary = '', ...rest] = trimmed.split(/[-_]/);
  return [
    primary.toLowerCase(),
    ...rest.map((part) => (part.length === 2 ? part.toUpperCase() : part)),
  ].join('-');
}

/** The record's own language when it gives a usable one, else a detection from the text. */
export function resolveLanguage(declared: unknown, text: string): string {
  if (typeof declared === 'string') {
    const normalized = normalizeLanguageTag(declared);
    if (normalized !== undefined) return normalized;
  }
  return detectLanguage(text);
}

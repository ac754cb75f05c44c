/**
 * Crude language labelling. The extractors are English-only, so all we need to know is whether a
 * text is English enough to extract from; anything else is `und` (undetermined) rather than a guess.
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
 * Frequent function words of other Latin-script languages (French, German, Spanish, Italian,
 * Portuguese, Dutch). Words that are also English or common in English names are left out.
 */
const OTHER_STOPWORDS = new Set([
  'le',
  'les',
  'des',
  'du',
  'et',
  'est',
  'une',
  'pour',
  'dans',
  'qui',
  'sur',
  'au',
  'avec',
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
  'el',
  'los',
  'las',
  'que',
  'y',
  'del',
  'por',
  'con',
  'una',
  'para',
  'es',
  'lo',
  'como',
  'il',
  'di',
  'che',
  'per',
  'della',
  'non',
  'sono',
  'gli',
  'da',
  'em',
  'um',
  'uma',
  'os',
  'het',
  'een',
  'van',
  'niet',
  'ook',
  'zijn',
  'voor',
]);

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

/**
 * `en` when the text looks English (mostly ASCII letters and enough English stopwords), else `und`.
 * Very short texts are `und`: a handful of words cannot tell us anything.
 */
export function detectLanguage(text: string): 'en' | 'und' {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 12) return 'und';
  const ascii = sample.match(/[A-Za-z]/g)?.length ?? 0;
  if (ascii / letters < 0.9) return 'und';
  // Capitalized tokens are mostly names (KCNA lists dozens of officials); they say nothing about
  // the language, so the function-word density is measured over the other tokens.
  const words = (sample.match(/\p{L}+(?:'\p{L}+)?/gu) ?? []).filter((w) => !/^\p{Lu}/u.test(w));
  if (words.length === 0) return ascii === letters ? 'en' : 'und';
  let english = 0;
  let other = 0;
  for (const word of words) {
    const lower = word.toLowerCase();
    if (ENGLISH_STOPWORDS.has(lower)) english += 1;
    else if (OTHER_STOPWORDS.has(lower)) other += 1;
  }
  if (other > 0 && english <= 2 * other) return 'und';
  if (english / words.length >= 0.08) return 'en';
  // A short plain-ASCII line with no foreign function words ("Leader X visited Y Farm.") is
  // English as far as this crude test can tell.
  return other === 0 && ascii === letters && words.length < 12 ? 'en' : 'und';
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

/** The record's own language when it gives a usable one, else a crude detection from the text. */
export function resolveLanguage(declared: unknown, text: string): string {
  if (typeof declared === 'string') {
    const normalized = normalizeLanguageTag(declared);
    if (normalized !== undefined) return normalized;
  }
  return detectLanguage(text);
}

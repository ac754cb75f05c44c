import { MONTH_ABBREVIATIONS } from './calendar-words';

/** A sentence and where it sits in the article text. */
export interface Sentence {
  readonly text: string;
  /** Offset of the first character in the article text. */
  readonly start: number;
  /** Offset one past the last character. */
  readonly end: number;
  /** 0-based index of the paragraph (text block between blank lines or newlines). */
  readonly paragraph: number;
}

/** Abbreviations that end with a period but rarely end a sentence. */
const ABBREVIATIONS = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'St',
  'Sr',
  'Jr',
  'Gen',
  'Lt',
  'Col',
  'Maj',
  'Capt',
  'Sgt',
  'Adm',
  'Gov',
  'Sen',
  'Rep',
  'Rev',
  'Hon',
  'Amb',
  'Pres',
  'No',
  'Nos',
  'Vol',
  'vs',
  'etc',
  'Inc',
  'Ltd',
  'Co',
  'Corp',
  ...MONTH_ABBREVIATIONS,
  'Mt',
  'Fig',
  'approx',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'cf',
  'al',
]);

/**
 * Multi-dot abbreviations (`U.S.`) end sentences only when the next word is a typical sentence
 * opener; `the U.S. Secretary` continues, `against the U.S. The` does not.
 */
const SENTENCE_OPENERS = new Set([
  'The',
  'It',
  'This',
  'That',
  'These',
  'Those',
  'He',
  'She',
  'They',
  'We',
  'I',
  'In',
  'On',
  'At',
  'But',
  'However',
  'A',
  'An',
  'As',
  'Such',
  'There',
  'Meanwhile',
  'Its',
  'Their',
  'His',
  'Her',
  'If',
  'When',
  'What',
  'Who',
  'No',
  'Not',
  'And',
  'Also',
  'Now',
  'Then',
  'So',
  'For',
  'With',
  'After',
  'All',
  'Some',
  'Many',
  'Today',
  'Yet',
  'Still',
  'Earlier',
  'Last',
  'According',
]);

/** Russian abbreviations (`г.` year, `тов.` comrade, `т. е.`) that rarely end a sentence. */
const RUSSIAN_ABBREVIATIONS = new Set([
  'г',
  'гг',
  'тов',
  'им',
  'ул',
  'см',
  'млн',
  'млрд',
  'тыс',
  'е',
  'д',
  'п',
]);

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '」', '』', '）']);

/** Chinese and Japanese sentence ends; no space follows them. */
const FULL_WIDTH_ENDS = new Set(['。', '！', '？']);

function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[A-Za-z\u0400-\u04FF.]/.test(text[i - 1] ?? '')) i--;
  return text.slice(i, dot);
}

function isBoundary(text: string, dot: number, nextStart: number): boolean {
  const mark = text[dot];
  if (mark === '?' || mark === '!') return true;
  const word = wordBefore(text, dot);
  const bare = word.replace(/^\.+/, '');
  const next = /[\p{L}\p{N}]+/uy;
  next.lastIndex = nextStart;
  const nextWord = next.exec(text)?.[0] ?? '';
  // Lower-case or digit continuation (`Jan. 5`, `etc. and`) is never a new sentence; Hangul has
  // no case, so a Korean word after the period starts one.
  if (!/^[\p{Lu}\p{Lo}]/u.test(nextWord) && !/["“«「『]/.test(text[nextStart] ?? '')) return false;
  if (/^[A-ZА-ЯЁ]$/.test(bare)) return false; // Initials: `George W. Bush`, `S. Korea`, `В. Путин`.
  if (/^([A-Za-z]\.)+[A-Za-z]$/.test(bare)) return SENTENCE_OPENERS.has(nextWord); // U.S, D.P.R.K
  if (ABBREVIATIONS.has(bare) || RUSSIAN_ABBREVIATIONS.has(bare)) return false;
  return true;
}

/**
 * Splits article text into sentences with offsets. Newlines always end a sentence (paragraphs in
 * this corpus never wrap mid-sentence); `.?!` end one unless they close an abbreviation or initial;
 * `。！？` always end one. Closing quotes after the mark stay with the sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  const pushRange = (from: number, to: number, para: number): void => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e, paragraph: para });
  };
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let sentStart = lineStart;
    for (let i = lineStart; i < lineEnd; i++) {
      const ch = text[i];
      // Plain comparisons: a Set lookup on every character tripled the cost of splitting.
      if (ch === '。' || ch === '！' || ch === '？') {
        let j = i + 1;
        while (j < lineEnd && (FULL_WIDTH_ENDS.has(text[j] ?? '') || CLOSERS.has(text[j] ?? '')))
          j++;
        let k = j;
        while (k < lineEnd && /\s/.test(text[k] ?? '')) k++;
        if (k >= lineEnd) break;
        pushRange(sentStart, j, paragraph);
        sentStart = k;
        i = j - 1;
        continue;
      }
      if (ch !== '.' && ch !== '?' && ch !== '!') continue;
      let j = i + 1;
      while (j < lineEnd && (text[j] === '.' || CLOSERS.has(text[j] ?? ''))) j++;
      if (j < lineEnd && !/\s/.test(text[j] ?? '')) continue; // `U.S.-led`, `3.5`, `."-`
      let k = j;
      while (k < lineEnd && /\s/.test(text[k] ?? '')) k++;
      if (k >= lineEnd) break;
      if (!isBoundary(text, i, k)) continue;
      pushRange(sentStart, j, paragraph);
      sentStart = k;
      i = j - 1;
    }
    const hadText = text.slice(lineStart, lineEnd).trim() !== '';
    pushRange(sentStart, lineEnd, paragraph);
    if (hadText) paragraph++;
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  return out;
}

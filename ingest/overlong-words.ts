/**
 * The longest run of letters and digits the extractor reads as written. No name or word comes
 * near it; V8's regular expressions overflow their stack on a run of some millions (an unbroken
 * Hangul file declared English did), so longer runs are cut before any rule sees them.
 */
export const MAX_WORD_LENGTH = 1000;

const LONG_RUN = new RegExp(`[\\p{L}\\p{N}]{${MAX_WORD_LENGTH + 1}}`, 'u');
/** Bounded pieces: a run is the chain of pieces that touch. */
const WORD_PIECE = /[\p{L}\p{N}]{1,4096}/gu;

/**
 * Whether the text has a stretch longer than {@link MAX_WORD_LENGTH} free of ASCII spaces,
 * controls and punctuation (codes below 48, none a letter or digit). Only such a stretch can hold
 * a long run: one pass over char codes spares most texts the costlier LONG_RUN scan.
 */
function hasLongStretch(text: string): boolean {
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text.charCodeAt(i) < 48) from = i + 1;
    else if (i - from >= MAX_WORD_LENGTH) return true;
  }
  return false;
}

/**
 * The text with every letter/digit run longer than {@link MAX_WORD_LENGTH} blanked past that
 * length. Spaces replace UTF-16 units one for one, so every offset still points into the stored
 * text. Linear in the text's length; returns the text itself when no run is that long.
 */
export function blankOverlongWords(text: string): string {
  if (!hasLongStretch(text) || !LONG_RUN.test(text)) return text;
  let out = '';
  let copied = 0;
  let runStart = 0;
  let runEnd = -1;
  const flush = (): void => {
    if (runEnd - runStart <= MAX_WORD_LENGTH) return;
    let cut = runStart + MAX_WORD_LENGTH;
    const previous = text.charCodeAt(cut - 1);
    if (previous >= 0xd800 && previous <= 0xdbff) cut -= 1; // never split a surrogate pair
    out += text.slice(copied, cut) + ' '.repeat(runEnd - cut);
    copied = runEnd;
  };
  WORD_PIECE.lastIndex = 0;
  for (let m = WORD_PIECE.exec(text); m !== null; m = WORD_PIECE.exec(text)) {
    if (m.index !== runEnd) {
      flush();
      runStart = m.index;
    }
    runEnd = m.index + m[0].length;
  }
  flush();
  return out + text.slice(copied);
}

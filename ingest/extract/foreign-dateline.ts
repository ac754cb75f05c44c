/**
 * Datelines of Korean, Chinese and Russian wire copy. Like `(KCNA)` in an English dateline, the
 * agency named there is the wire's signature, not an actor the story mentions:
 * - `(평양 12월 5일발 조선중앙통신)`, `【평양 12월 5일발 조선중앙통신】`, `(서울=연합뉴스)`
 * - `朝中社平壤12月5日电`, `新华社北京12月5日电（记者 张三）`
 * - `Пхеньян, 5 декабря. /ЦТАК/.`, `ПХЕНЬЯН, 5 декабря (ЦТАК) --`
 * Only the opening of the text is read and every quantifier is bounded.
 */
const DATELINES = [
  /^\s*[(（【[][^()（）【】[\]\n]{0,40}?\d{1,2}월\s*\d{1,2}일발?[^()（）【】[\]\n]{0,30}[)）】\]]\s*/u,
  /^\s*[(（【[][^()（）【】[\]\n=]{1,30}=\s*[^()（）【】[\]\n]{1,20}[)）】\]]\s*/u,
  /^\s*[^\n。]{0,40}?\d{1,2}月\d{1,2}日电(?:[(（][^()（）\n]{0,30}[)）])?\s*/u,
  /^\s*[^\n]{0,40}?\d{1,2}\s+[а-яё]{3,10}\.?\s*(?:\/[^/\n]{1,30}\/|\([^()\n]{1,30}\))\.?\s*(?:--|—|–)?\s*/u,
];

const OPENING = 200;

/** Span of the dateline at the start of a non-English text, if any. */
export function findForeignDateline(text: string): { start: number; end: number } | undefined {
  const opening = text.slice(0, OPENING);
  for (const re of DATELINES) {
    const m = re.exec(opening);
    if (m !== null) return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

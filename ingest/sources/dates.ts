/**
 * Date helpers shared by the source parsers. Every parser reports dates as ISO `YYYY-MM-DD` and
 * keeps the calendar day the publisher printed: we never shift a date through a time zone, because
 * "published on 1 August" is what the graph's timeline must show.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Month number (1-12) from an English month name or abbreviation, else undefined. */
export function monthFromName(name: string): number | undefined {
  const lower = name.toLowerCase().replace(/\.$/, '');
  return MONTHS[lower] ?? MONTHS[lower.slice(0, 3)];
}

/** ISO `YYYY-MM-DD` for a real calendar day, else undefined (31/02 and month 13 are rejected). */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day))
    return undefined;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `DD/MM/YYYY` (day first, as KCNA Watch prints it) to ISO; `01/08/2021` is 1 August 2021. */
export function parseDayFirstDate(text: string): string | undefined {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!match) return undefined;
  return isoDate(Number(match[3]), Number(match[2]), Number(match[1]));
}

const MONTH_NAME_DATE = /^\s*([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\s*$/;

/** `July 03, 2025` or `Jul 3 2025` to ISO, else undefined. */
export function parseMonthNameDate(text: string): string | undefined {
  const match = MONTH_NAME_DATE.exec(text);
  if (!match) return undefined;
  const month = monthFromName(match[1] ?? '');
  if (month === undefined) return undefined;
  return isoDate(Number(match[3]), month, Number(match[2]));
}

/** True when the whole line is a `Month DD, YYYY` date (used to recognise list structure). */
export function isMonthNameDateLine(line: string): boolean {
  return parseMonthNameDate(line) !== undefined;
}

/** Juche years count from 1912 (Juche 1); kcna.kp prints `[Juche113.2.11.]` for 2024-02-11. */
const JUCHE_OFFSET = 1911;

/** `[Juche113.2.11.]` or `Juche 113.2.11` anywhere in the text to ISO, else undefined. */
export function parseJucheDate(text: string): string | undefined {
  const match = /Juche\s*(\d{1,3})\.(\d{1,2})\.(\d{1,2})\.?/i.exec(text);
  if (!match) return undefined;
  return isoDate(Number(match[1]) + JUCHE_OFFSET, Number(match[2]), Number(match[3]));
}

/**
 * Best-effort date from the forms feeds, HTML meta tags and JSON exports use: ISO 8601 (the
 * printed calendar day is kept, not converted to UTC), RFC 822 (`Sun, 01 Aug 2021 09:00:00 +0900`),
 * `Month DD, YYYY`, `DD Month YYYY`, `YYYY.MM.DD`, Juche dates, and epoch milliseconds (UTC day).
 */
export function parseLooseDate(value: unknown): string | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return undefined;
    return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d{11,14}$/.test(text)) return parseLooseDate(Number(text));

  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));

  const dotted = /^(\d{4})[./](\d{1,2})[./](\d{1,2})\.?$/.exec(text);
  if (dotted) return isoDate(Number(dotted[1]), Number(dotted[2]), Number(dotted[3]));

  // RFC 822 and `01 August 2021`: optional weekday, then day, month name, year.
  const dayMonth = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})\b/.exec(text);
  if (dayMonth) {
    const month = monthFromName(dayMonth[2] ?? '');
    if (month !== undefined) return isoDate(Number(dayMonth[3]), month, Number(dayMonth[1]));
  }

  // `August 1, 2021` possibly followed by a time.
  const monthDay = /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(
    text,
  );
  if (monthDay) {
    const month = monthFromName(monthDay[1] ?? '');
    if (month !== undefined) return isoDate(Number(monthDay[3]), month, Number(monthDay[2]));
  }

  return parseJucheDate(text);
}

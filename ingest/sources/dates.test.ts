import { describe, expect, it } from 'vitest';
import {
  isoDate,
  parseDayFirstDate,
  parseJucheDate,
  parseLooseDate,
  parseMonthNameDate,
} from './dates';

describe('dates', () => {
  it('reads DD/MM/YYYY day first', () => {
    expect(parseDayFirstDate('01/08/2021')).toBe('2021-08-01');
    expect(parseDayFirstDate('31/12/2011')).toBe('2011-12-31');
    expect(parseDayFirstDate('12/31/2011')).toBeUndefined();
    expect(parseDayFirstDate('31/02/2021')).toBeUndefined();
  });

  it('reads Month DD, YYYY in full and abbreviated', () => {
    expect(parseMonthNameDate('July 03, 2025')).toBe('2025-07-03');
    expect(parseMonthNameDate('Sept 9, 2024')).toBe('2024-09-09');
    expect(parseMonthNameDate('Jul 03, 2025Jul 03, 2025')).toBeUndefined();
    expect(parseMonthNameDate('Smarch 03, 2025')).toBeUndefined();
  });

  it('reads Juche dates (Juche 113 is 2024)', () => {
    expect(parseJucheDate('[Juche113.2.11.]')).toBe('2024-02-11');
  });

  it('keeps the printed calendar day of feed and ISO dates', () => {
    expect(parseLooseDate('Sun, 01 Aug 2021 01:00:00 +0900')).toBe('2021-08-01');
    expect(parseLooseDate('2021-08-01T01:00:00+09:00')).toBe('2021-08-01');
    expect(parseLooseDate('August 1, 2021')).toBe('2021-08-01');
    expect(parseLooseDate('2024.02.11')).toBe('2024-02-11');
    expect(parseLooseDate(1703376000000)).toBe('2023-12-24');
    expect(parseLooseDate('1703376000000')).toBe('2023-12-24');
    expect(parseLooseDate('yesterday')).toBeUndefined();
    expect(parseLooseDate('2021-13-01')).toBeUndefined();
    expect(parseLooseDate(null)).toBeUndefined();
  });

  it('validates calendar days', () => {
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeUndefined();
  });
});

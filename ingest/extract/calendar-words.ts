/** Capitalized calendar words: they start sentences and names alike, so name patterns must skip them. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

/** Month abbreviations as KCNA writes them before a day (`on Dec. 19`); the period is not part. */
export const MONTH_ABBREVIATIONS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
] as const;

/**
 * Named holidays whose date is certain wherever KCNA names them (month, day). Ambiguous ones stay
 * out: `Victory Day` is July 27 in Pyongyang and May 9 in Moscow, `May Day` also names a stadium,
 * and the army's founding day moved from April 25 to February 8.
 */
export const HOLIDAYS: Readonly<Record<string, readonly [month: number, day: number]>> = {
  'Day of the Sun': [4, 15],
  'Day of the Shining Star': [2, 16],
  'Liberation Day': [8, 15],
  "New Year's Day": [1, 1],
  "International Women's Day": [3, 8],
  "International Children's Day": [6, 1],
  'Day of Songun': [8, 25],
  // KCNA's `Youth Day` is the DPRK's; the UN's is written in full.
  'Youth Day': [8, 28],
  'International Youth Day': [8, 12],
  'World Tourism Day': [9, 27],
  'World Meteorological Day': [3, 23],
  // Tangun's founding of Korea, October 3 (`an event ... to commemorate the Foundation Day of Korea`).
  'Foundation Day of Korea': [10, 3],
};

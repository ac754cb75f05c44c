/**
 * The one parser of environment settings. Every reader names its variable, so a bad value fails at
 * start with `NAME must be …, got 'value'` instead of running with a silent default.
 */

export type Env = Readonly<Record<string, string | undefined>>;

/** A setting with a value it cannot use. */
export class EnvError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = 'EnvError';
  }
}

/** The trimmed value, or undefined when unset or blank. */
export function envString(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** A whole number of at least `min` (1 unless given). */
export function envInt(env: Env, name: string, fallback: number, min = 1): number {
  const raw = envString(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new EnvError(name, `${name} must be a whole number of at least ${min}, got '${raw}'`);
  }
  return value;
}

/** A duration in whole milliseconds, 0 allowed unless `min` says otherwise. */
export function envMs(env: Env, name: string, fallback: number, min = 0): number {
  const raw = envString(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new EnvError(
      name,
      `${name} must be a whole number of milliseconds of at least ${min}, got '${raw}'`,
    );
  }
  return value;
}

/** A finite number above 0, or at least 0 with `{ zero: true }`. */
export function envNumber(
  env: Env,
  name: string,
  fallback: number,
  options: { readonly zero?: boolean } = {},
): number {
  const raw = envString(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || (value === 0 && !options.zero)) {
    throw new EnvError(
      name,
      `${name} must be a number ${options.zero ? 'of at least 0' : 'above 0'}, got '${raw}'`,
    );
  }
  return value;
}

const TRUE = new Set(['true', '1', 'on', 'yes']);
const FALSE = new Set(['false', '0', 'off', 'no']);

/** On or off: true/1/on/yes or false/0/off/no, in any case. */
export function envBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = envString(env, name);
  if (raw === undefined) return fallback;
  const value = raw.toLowerCase();
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  throw new EnvError(name, `${name} must be true or false (or 1/0, on/off), got '${raw}'`);
}

/** One of `choices`. */
export function envChoice<T extends string>(
  env: Env,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const raw = envString(env, name);
  if (raw === undefined) return fallback;
  const choice = choices.find((candidate) => candidate === raw);
  if (choice === undefined) {
    throw new EnvError(name, `${name} must be one of ${choices.join(', ')}, got '${raw}'`);
  }
  return choice;
}

/** A comma-separated list, entries trimmed, blanks dropped. */
export function envList(env: Env, name: string): string[] {
  return (env[name] ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

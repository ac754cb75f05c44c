import {
  isNodeKind,
  isRelationType,
  NODE_KINDS,
  RELATION_TYPES,
  type NodeKind,
  type RelationType,
} from '@/model/graph-model';
import { parseGlobalId } from '@/model/graph-slice';
import { badInput } from './errors';
import { LIMITS } from './limits/limits';

/** Argument checks shared by resolvers: every failure is BAD_USER_INPUT naming the argument. */

export interface NodeRef {
  readonly kind: NodeKind;
  readonly key: string;
}

/** Parses a global id `<Kind>:<key>`. */
export function parseId(id: string, argument: string): NodeRef {
  const ref = id.length <= 512 ? parseGlobalId(id) : undefined;
  if (!ref)
    throw badInput(`'${id.slice(0, 80)}' is not a global id like Actor:country:china`, argument);
  return ref;
}

/** Parses a global id that must be of one kind, returning its key. */
export function parseIdOf(id: string, kind: NodeKind, argument: string): string {
  const ref = parseId(id, argument);
  if (ref.kind !== kind)
    throw badInput(`${argument} must be a ${kind} id, got ${ref.kind}`, argument);
  return ref.key;
}

/** Parses a list of ids (at most LIMITS.maxIds). */
export function parseIds(ids: readonly string[], argument: string): NodeRef[] {
  if (ids.length > LIMITS.maxIds) {
    throw badInput(`${argument} takes at most ${LIMITS.maxIds} ids`, argument);
  }
  return ids.map((id) => parseId(id, argument));
}

/** Node kinds from strings; null/undefined stays null (no filter). */
export function parseKinds(
  values: readonly string[] | null | undefined,
  argument: string,
): NodeKind[] | null {
  if (values === null || values === undefined) return null;
  for (const value of values) {
    if (!isNodeKind(value)) {
      throw badInput(
        `unknown kind '${value.slice(0, 40)}'; use ${NODE_KINDS.join(', ')}`,
        argument,
      );
    }
  }
  return [...new Set(values as NodeKind[])];
}

/** Relationship types from strings; null/undefined stays null (all types). */
export function parseRelationTypes(
  values: readonly string[] | null | undefined,
  argument: string,
): RelationType[] | null {
  if (values === null || values === undefined) return null;
  for (const value of values) {
    if (!isRelationType(value)) {
      throw badInput(
        `unknown relation type '${value.slice(0, 40)}'; use ${RELATION_TYPES.join(', ')}`,
        argument,
      );
    }
  }
  if (values.length === 0) throw badInput(`${argument} must not be empty`, argument);
  return [...new Set(values as RelationType[])];
}

/** Source keys from Source global ids. */
export function parseSourceIds(
  values: readonly string[] | null | undefined,
  argument: string,
): string[] | null {
  if (values === null || values === undefined) return null;
  if (values.length > LIMITS.maxIds) {
    throw badInput(`${argument} takes at most ${LIMITS.maxIds} ids`, argument);
  }
  return values.map((id) => parseIdOf(id, 'Source', argument));
}

/** An inclusive ISO day `YYYY-MM-DD` that exists on the calendar; null stays null. */
export function parseDay(value: string | null | undefined, argument: string): string | null {
  if (value === null || value === undefined) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : undefined;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw badInput(`${argument} must be a date YYYY-MM-DD, got '${value.slice(0, 40)}'`, argument);
  }
  return value;
}

/** Checks `from <= to` when both are given. */
export function parseDateRange(
  from: string | null | undefined,
  to: string | null | undefined,
): { from: string | null; to: string | null } {
  const range = { from: parseDay(from, 'from'), to: parseDay(to, 'to') };
  if (range.from !== null && range.to !== null && range.from > range.to) {
    throw badInput('from must not be after to', 'from');
  }
  return range;
}

/** An integer in `min..max`, else BAD_USER_INPUT (never clamped). */
export function intInRange(
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
  argument: string,
): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw badInput(`${argument} must be between ${min} and ${max}, got ${n}`, argument);
  }
  return n;
}

/** UTF-8 size of a string in bytes. */
export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

import { slugify } from '../keys';
import type { GazetteerEntry } from '../gazetteer';

/** An organization no list knows, keyed by its name as written; `partOf` its parent's key. */
export function organizationAsWritten(name: string, partOf?: string): GazetteerEntry {
  return {
    key: `organization:${slugify(name)}`,
    name,
    kind: 'organization',
    aliases: [name],
    ...(partOf === undefined ? {} : { partOf }),
  };
}

/** A person no list knows, keyed by `keyName` (the full name, when `name` is a shorter form). */
export function personAsWritten(name: string, keyName: string = name): GazetteerEntry {
  return { key: `person:${slugify(keyName)}`, name: keyName, kind: 'person', aliases: [name] };
}

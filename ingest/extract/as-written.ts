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

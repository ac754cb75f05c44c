import { slugify } from '../keys';
import type { GazetteerEntry } from '../gazetteer';
import type { ActorMention } from './actor-matcher';

/** What turns a leader's name into a group: `Lee Myung Bak group`, `Yoon Suk Yeol regime`. */
const GROUP_AFTER = /^ (group|regime)\b/;

/**
 * `<leader> group` and `<leader> regime` as actors of kind `group` (docs/annotation-rules.md): the
 * person stays an actor of their own. Leaders joined by a hyphen share one group (`Kim Kon
 * Hui-Yoon Suk Yeol group`). A surname mention stands for its full name, so `the Lee group` after
 * `the Lee Myung Bak group` is the same group; one group per set of leaders, keyed as first written.
 */
export function findLeaderGroups(text: string, mentions: readonly ActorMention[]): ActorMention[] {
  const people = mentions
    .filter((m) => m.entry.kind === 'person')
    .sort((a, b) => a.start - b.start);
  const byEnd = new Map(people.map((p) => [p.end, p]));
  const namedInFull = new Set(
    people.filter((p) => p.surface === p.entry.name).map((p) => p.entry.key),
  );
  const groups = new Map<string, GazetteerEntry>();
  const out: ActorMention[] = [];
  for (const p of people) {
    const head = GROUP_AFTER.exec(text.slice(p.end, p.end + 8))?.[1];
    if (head === undefined) continue;
    const leaders = [p];
    while (leaders.length < 4) {
      const first = leaders[0];
      if (first === undefined || text[first.start - 1] !== '-') break;
      const prior = byEnd.get(first.start - 1);
      if (prior === undefined) break;
      leaders.unshift(prior);
    }
    const start = leaders[0]?.start ?? p.start;
    const end = p.end + 1 + head.length;
    const id = leaders.map((l) => l.entry.key).join('|');
    let entry = groups.get(id);
    if (entry === undefined) {
      // A short form of a person the text names in full takes the full name (`the Lee group`
      // after Lee Myung Bak); alone it is keyed as written (`the Abe regime`).
      const name = `${leaders.map((l) => (namedInFull.has(l.entry.key) ? l.entry.name : l.surface)).join('-')} ${head}`;
      entry = { key: `group:${slugify(name)}`, name, kind: 'group', aliases: [name] };
      groups.set(id, entry);
    }
    out.push({
      start,
      end,
      surface: text.slice(start, end),
      entry,
      extractor: 'actors/leader-group',
      confidence: 0.8,
    });
  }
  return out;
}

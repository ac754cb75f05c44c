import { slugify } from '../keys';
import type { GazetteerEntry } from '../gazetteer';
import type { ActorMention } from './actor-matcher';

/**
 * What turns a leader's name into a group: `Lee Myung Bak group`, `Yoon Suk Yeol regime`, also with
 * KCNA's word for it between (`Zelenskiy puppet clique`, `Hitler fascist clique`).
 */
const GROUP_AFTER =
  /^ ((?:(?:puppet|fascist|traitor|dictatorial|military) )?(?:group|regime|clique))\b/;

/**
 * KCNA's Spanish for the same, before the leader: `la banda de Lee Myung Bak`, `la camarilla del
 * traidor Lee`, `el régimen de ...`; `régimen` keys a regime, the others a group (the English `Lee Myung Bak group`).
 */
const SPANISH_GROUP_BEFORE =
  /\b(banda|pandilla|grupo|camarilla|r[ée]gimen) (?:de la|del|de) ((?:traidora?|t[íi]teres?|fascista|dictador(?:a)?) )?$/iu;
const SPANISH_HEAD: Readonly<Record<string, string>> = {
  banda: 'group',
  pandilla: 'group',
  grupo: 'group',
  camarilla: 'group',
  regimen: 'regime',
  régimen: 'regime',
};

/**
 * `<leader> group`, `<leader> regime` and `<leader> clique` as actors of kind `group` (docs/annotation-rules.md): the
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
  const found: { start: number; end: number; id: string; name: string; plain: boolean }[] = [];
  for (const p of people) {
    const spanish = SPANISH_GROUP_BEFORE.exec(text.slice(Math.max(0, p.start - 40), p.start));
    const spanishHead = SPANISH_HEAD[spanish?.[1]?.toLowerCase() ?? ''];
    if (spanish !== null && spanishHead !== undefined) {
      const leader = namedInFull.has(p.entry.key) ? p.entry.name : p.surface;
      found.push({
        start: p.start - spanish[0].length,
        end: p.end,
        id: p.entry.key,
        name: `${leader} ${spanishHead}`,
        plain: spanish[2] === undefined,
      });
      continue;
    }
    const head = GROUP_AFTER.exec(text.slice(p.end, p.end + 24))?.[1];
    if (head === undefined) continue;
    const leaders = [p];
    while (leaders.length < 4) {
      const first = leaders[0];
      if (first === undefined || text[first.start - 1] !== '-') break;
      const prior = byEnd.get(first.start - 1);
      if (prior === undefined) break;
      leaders.unshift(prior);
    }
    // A short form of a person the text names in full takes the full name (`the Lee group`
    // after Lee Myung Bak); alone it is keyed as written (`the Abe regime`).
    const name = `${leaders.map((l) => (namedInFull.has(l.entry.key) ? l.entry.name : l.surface)).join('-')} ${head}`;
    found.push({
      start: leaders[0]?.start ?? p.start,
      end: p.end + 1 + head.length,
      id: leaders.map((l) => l.entry.key).join('|'),
      name,
      plain: !head.includes(' '),
    });
  }
  // One group per set of leaders, keyed by its first plain form (`Lee Myung Bak group` over an
  // earlier `Lee Myung Bak puppet group`), else by its first form.
  const groups = new Map<string, GazetteerEntry>();
  for (const pass of [true, false])
    for (const f of found)
      if ((f.plain || !pass) && !groups.has(f.id))
        groups.set(f.id, {
          key: `group:${slugify(f.name)}`,
          name: f.name,
          kind: 'group',
          aliases: [f.name],
        });
  const out: ActorMention[] = [];
  for (const f of found) {
    const entry = groups.get(f.id);
    if (entry === undefined) continue;
    out.push({
      start: f.start,
      end: f.end,
      surface: text.slice(f.start, f.end),
      entry,
      extractor: 'actors/leader-group',
      confidence: 0.8,
    });
  }
  return out;
}

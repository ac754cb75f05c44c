import type { Gazetteer } from '../gazetteer';
import { multilingualNames, type MultilingualName } from '../gazetteer/multilingual';
import type { ActorMention } from './actor-matcher';
import { findActorMentions } from './actors';
import { findForeignNames } from './foreign-names';

/** A trie over UTF-16 code units: node 0 is the root; `name[n]` is set where a surface form ends. */
interface NameTrie {
  readonly children: Map<number, number>[];
  readonly name: (MultilingualName | undefined)[];
}

function buildTrie(): NameTrie {
  const children: Map<number, number>[] = [new Map<number, number>()];
  const name: (MultilingualName | undefined)[] = [undefined];
  for (const n of multilingualNames()) {
    let node = 0;
    for (let i = 0; i < n.surface.length; i++) {
      const code = n.surface.charCodeAt(i);
      const edges = children[node] ?? new Map<number, number>();
      let next = edges.get(code);
      if (next === undefined) {
        next = children.length;
        children.push(new Map<number, number>());
        name.push(undefined);
        edges.set(code, next);
      }
      node = next;
    }
    name[node] = n;
  }
  return { children, name };
}

let trie: NameTrie | undefined;

const WORD_CHAR = /[\p{L}\p{N}]/u;

function fits(text: string, start: number, end: number, n: MultilingualName): boolean {
  if (n.leftBoundary && start > 0 && WORD_CHAR.test(text[start - 1] ?? '')) return false;
  if (n.rightBoundary && WORD_CHAR.test(text[end] ?? '')) return false;
  return true;
}

/**
 * Korean, Chinese, Japanese and Russian actor names, leftmost-longest and without overlaps. No
 * word boundaries are needed for Hangul and Han (`미국의`, `朝鲜劳动党中央委员会`). The walk from each
 * position stops at the first code unit no name continues with, so the cost is at most the text
 * length times the longest name.
 */
export function findMultilingualMentions(text: string, gazetteer: Gazetteer): ActorMention[] {
  trie ??= buildTrie();
  const { children, name } = trie;
  const out: ActorMention[] = [];
  let i = 0;
  while (i < text.length) {
    let node = 0;
    let bestEnd = -1;
    let best: MultilingualName | undefined;
    for (let j = i; j < text.length; j++) {
      const next = children[node]?.get(text.charCodeAt(j));
      if (next === undefined) break;
      node = next;
      const found = name[node];
      if (found !== undefined && fits(text, i, j + 1, found)) {
        bestEnd = j + 1;
        best = found;
      }
    }
    if (best === undefined) {
      i++;
      continue;
    }
    // A custom gazetteer may lack the key; then the name is still consumed, like a blocking phrase.
    const entry = best.key === undefined ? undefined : gazetteer.entries.get(best.key);
    if (entry !== undefined)
      out.push({
        start: i,
        end: bestEnd,
        surface: text.slice(i, bestEnd),
        entry,
        extractor: 'actors/multilingual',
        confidence: 0.9,
      });
    i = bestEnd;
  }
  return out;
}

/**
 * `Comité Central del Partido del Trabajo de Corea` names the party too (docs/annotation-rules.md:
 * a parent whose name appears inside a sub-organ's), and a country inside a body's name names the
 * country: the forms are looked up inside each such span, so the extra walk is bounded by the
 * spans' length times the longest name.
 */
function withNamedParents(
  text: string,
  mentions: readonly ActorMention[],
  gazetteer: Gazetteer,
): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of mentions) {
    out.push(m);
    // `Asociación General de Coreanos Residentes en Japón` names Japan too (docs/annotation-rules.md).
    if (m.entry.kind === 'organization')
      for (const inner of findMultilingualMentions(text.slice(m.start + 1, m.end), gazetteer))
        if (inner.entry.kind === 'country')
          out.push({
            ...inner,
            start: m.start + 1 + inner.start,
            end: m.start + 1 + inner.end,
            extractor: 'actors/country-in-name',
          });
    const parent = m.entry.partOf;
    if (parent === undefined || !parent.startsWith('organization:')) continue;
    // Two views that cannot match the whole span again: without its first or its last unit.
    for (const from of [m.start + 1, m.start]) {
      const to = from === m.start ? m.end - 1 : m.end;
      const inner = findMultilingualMentions(text.slice(from, to), gazetteer).find(
        (n) => n.entry.key === parent,
      );
      if (inner === undefined) continue;
      out.push({
        ...inner,
        start: from + inner.start,
        end: from + inner.end,
        extractor: 'actors/sub-organ-parent',
      });
      break;
    }
  }
  return out;
}

/** Cyrillic, Hangul, kana and Han: one UTF-16 unit each, so blanking them keeps every offset. */
function isNonLatinLetter(code: number): boolean {
  return (
    (code >= 0x0400 && code <= 0x04ff) ||
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3130 && code <= 0x318f) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/**
 * The text with those letters turned into spaces, built run by run: a global `replace` with a
 * regex took 100x longer on 8x the Hangul.
 */
function blankNonLatin(text: string): string {
  const parts: string[] = [];
  let from = 0;
  let i = 0;
  while (i < text.length) {
    if (!isNonLatinLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && isNonLatinLetter(text.charCodeAt(j))) j++;
    parts.push(text.slice(from, i), ' '.repeat(j - i));
    from = j;
    i = j;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * Actor mentions in a text that is not English: the English gazetteer and patterns still find the
 * Latin-script names (`NHK`, `Rodong Sinmun` in Spanish), the multilingual names the rest. The
 * English matcher reads the text with the other scripts blanked, so `NHK와` (a particle glued on)
 * is `NHK` and `NHK와 Rodong Sinmun` is not one organization name. Where both claim a span the
 * English match stays.
 */
export function findForeignActorMentions(text: string, gazetteer: Gazetteer): ActorMention[] {
  const latinView = blankNonLatin(text);
  // Surfaces come from the text itself, in case a pattern match spans a blanked letter.
  const latin = findActorMentions(latinView, gazetteer).map((m) =>
    latinView === text ? m : { ...m, surface: text.slice(m.start, m.end) },
  );
  const foreign = withNamedParents(text, findMultilingualMentions(text, gazetteer), gazetteer);
  const out: ActorMention[] = [];
  let l = 0;
  for (const m of foreign) {
    while (l < latin.length && (latin[l]?.end ?? 0) <= m.start)
      out.push(latin[l++] as ActorMention);
    // `Partido Comunista de China`: a country the English list finds inside a longer foreign name
    // stays a mention of its own, and the name wins its span; so does a person's name.
    let inner = l;
    while (
      inner < latin.length &&
      (latin[inner]?.start ?? Infinity) < m.end &&
      (latin[inner]?.start ?? 0) >= m.start &&
      (latin[inner]?.end ?? Infinity) <= m.end &&
      (latin[inner]?.entry.kind === 'country' || latin[inner]?.entry.kind === 'person')
    )
      inner++;
    const next = latin[inner];
    if (next !== undefined && next.start < m.end) continue;
    // A person inside a body's name belongs to the name (`... Socialista Kim Il Sung`).
    for (; l < inner; l++)
      if (latin[l]?.entry.kind === 'country') out.push(latin[l] as ActorMention);
    out.push(m);
  }
  while (l < latin.length) out.push(latin[l++] as ActorMention);
  // People no list knows, by the shape of their names (`최룡해동지`, `министр Сергей Лавров`).
  const people = findForeignNames(text, out);
  return people.length === 0 ? out : [...out, ...people].sort((a, b) => a.start - b.start);
}

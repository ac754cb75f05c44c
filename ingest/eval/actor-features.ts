import { slugify } from '../keys';
import type { ActorMention } from '../extract/actor-matcher';
import { sentenceIndexAt } from '../extract/actors';
import type { Sentence } from '../extract/sentences';

/** One actor key in an article (a rule key or an extra span), its mentions and its features. */
export interface ActorCandidate {
  readonly key: string;
  readonly mentions: readonly ActorMention[];
  /** Sparse binary features (`name=value`), each once. */
  readonly features: readonly string[];
}

const WORD = /[\p{L}\p{N}]+/gu;
const UPPER = /\p{Lu}/u;
/** How far the context words are looked for: bounded, so each mention costs O(1). */
const REACH = 40;

/** `Kim Jong Un` -> `Aa Aa Aa`, `U.S.` -> `A.A.`, `124th` -> `0a`: runs of one class folded. */
export function wordShape(surface: string): string {
  let out = '';
  for (const ch of surface.slice(0, REACH)) {
    const c = /\p{Lu}/u.test(ch)
      ? 'A'
      : /\p{Ll}/u.test(ch)
        ? 'a'
        : /\p{N}/u.test(ch)
          ? '0'
          : ch === ' '
            ? ' '
            : '.';
    if (!out.endsWith(c)) out += c;
  }
  return out;
}

/** The word right before `start` (lower case, on the same line), or `^` at a line or text start. */
export function wordBefore(text: string, start: number): string {
  const from = Math.max(0, start - REACH);
  const words = text.slice(from, start).split('\n').pop()?.match(WORD);
  const w = words?.[words.length - 1];
  return w === undefined ? '^' : w.toLowerCase();
}

/** The word right after `end` (lower case, on the same line), or `$`. */
export function wordAfter(text: string, end: number): string {
  const w = text
    .slice(end, end + REACH)
    .split('\n')[0]
    ?.match(WORD)?.[0];
  return w === undefined ? '$' : w.toLowerCase();
}

/** Whether the word right after `end` is capitalised (a name the span may have cut short). */
function capitalAfter(text: string, end: number): boolean {
  const rest = text.slice(end, end + REACH);
  const m = /^[ \t]+(?:(?:of|for|and|the|in)[ \t]+)?([\p{L}])/u.exec(rest);
  return m?.[1] !== undefined && UPPER.test(m[1]);
}

const bucket = (n: number): string => (n >= 3 ? '3+' : String(n));

/**
 * Groups the rules' mentions by key and describes each key: kind, which rules found it, how often,
 * the shape, first and head words of its longest surface, the words around its mentions, where it
 * first appears, and whether a mention lies inside another key's span. Linear in the mentions.
 */
export function actorCandidates(
  text: string,
  mentions: readonly ActorMention[],
  sentences: readonly Sentence[],
): ActorCandidate[] {
  const byKey = new Map<string, ActorMention[]>();
  const nested = new Set<string>();
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  let outer: ActorMention | undefined;
  for (const m of sorted) {
    if (outer !== undefined && m.end <= outer.end && outer.entry.key !== m.entry.key)
      nested.add(m.entry.key);
    if (outer === undefined || m.end > outer.end) outer = m;
    const list = byKey.get(m.entry.key);
    if (list === undefined) byKey.set(m.entry.key, [m]);
    else list.push(m);
  }
  const out: ActorCandidate[] = [];
  for (const [key, list] of byKey)
    out.push({
      key,
      mentions: list,
      features: describe(text, key, list, sentences, nested.has(key), ''),
    });
  return out;
}

/** The features of one key from its mentions; `ns` keeps the extra spans' weights apart. */
function describe(
  text: string,
  key: string,
  list: readonly ActorMention[],
  sentences: readonly Sentence[],
  nested: boolean,
  ns: string,
): string[] {
  const first = list[0]!;
  const kind = first.entry.kind;
  const f = new Set<string>(['bias', `kind=${kind}`, `n=${bucket(list.length)}`]);
  let longest = first.surface;
  for (const m of list) {
    if (m.surface.length > longest.length) longest = m.surface;
    f.add(`rule=${m.extractor}`);
    f.add(`rule*kind=${m.extractor}|${kind}`);
    f.add(`prev=${wordBefore(text, m.start)}`);
    f.add(`next=${wordAfter(text, m.end)}`);
    if (capitalAfter(text, m.end)) f.add('capAfter');
  }
  const words = longest.match(WORD) ?? [];
  const head = (words[words.length - 1] ?? '').toLowerCase();
  f.add(`words=${bucket(words.length)}`);
  f.add(`shape=${wordShape(longest)}`);
  f.add(`firstWord=${(words[0] ?? '').toLowerCase()}`);
  f.add(`head=${head}`);
  f.add(`head*kind=${head}|${kind}`);
  if (/\d/.test(longest)) f.add('digit');
  if (/ of /.test(longest)) f.add('hasOf');
  if (nested) f.add('nested');
  const s = sentenceIndexAt(sentences, first.start);
  f.add(`sentence=${s === 0 ? '0' : s <= 2 ? '1-2' : 'later'}`);
  if (ns === '') f.add(`key=${key}`);
  return [...f].map((x) => ns + x);
}

/** A run of capitalised words, with `of`, `for`, `and`, `the` ... allowed inside (`Union of ...`). */
const CAPITAL_RUN =
  /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}'’.-]*|\d+(?:st|nd|rd|th))(?:(?: (?:of|for|and|the|de|del|on|in))* \p{Lu}[\p{L}'’.-]*){0,11}/gu;
const CONNECTOR = / (?:of|for|and|the|de|del|on|in) /;
export const EXTRA_EXTRACTOR = 'actors/model-span';

/**
 * Spans the rules do not propose as keys: capitalised runs after `bodyStart`, keyed the way the
 * rules key an unlisted name (`organization:` or `person:` + slug), described like rule keys but
 * in their own feature space (`x:`). Linear: one regex pass, each run at most 12 words.
 */
export function extraCandidates(
  text: string,
  mentions: readonly ActorMention[],
  sentences: readonly Sentence[],
  bodyStart: number,
): ActorCandidate[] {
  const known = new Set(mentions.map((m) => m.entry.key));
  const covered = new Set(mentions.map((m) => `${m.start}:${m.end}`));
  const ruled = new Uint8Array(text.length);
  for (const m of mentions) ruled.fill(1, m.start, m.end);
  const byKey = new Map<string, ActorMention[]>();
  CAPITAL_RUN.lastIndex = bodyStart;
  for (let r = CAPITAL_RUN.exec(text); r !== null; r = CAPITAL_RUN.exec(text)) {
    const lead = /^The /.exec(r[0])?.[0].length ?? 0;
    const surface = r[0].slice(lead).replace(/[.’'-]+$/, '');
    const start = r.index + lead;
    const end = start + surface.length;
    if (surface.length < 2 || covered.has(`${start}:${end}`)) continue;
    const words = surface.split(' ').length;
    const kind = words >= 2 && words <= 4 && !CONNECTOR.test(surface) ? 'person' : 'organization';
    const key = `${kind}:${slugify(surface)}`;
    if (known.has(key) || key.endsWith(':')) continue;
    const m: ActorMention = {
      start,
      end,
      surface,
      entry: { key, name: surface, kind, aliases: [surface] },
      extractor: EXTRA_EXTRACTOR,
      confidence: 0.5,
    };
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [m]);
    else list.push(m);
  }
  const out: ActorCandidate[] = [];
  for (const [key, list] of byKey) {
    const features = describe(text, key, list, sentences, false, 'x:');
    // A run over a rule's span offers other bounds for that name (`Group` vs `Group of Pyongyang`).
    let inside = 0;
    for (let i = list[0]!.start; i < list[0]!.end; i++) inside += ruled[i]!;
    if (inside === list[0]!.end - list[0]!.start) features.push('x:inRule');
    else if (inside > 0) features.push('x:overlapsRule');
    out.push({ key, mentions: list, features });
  }
  return out;
}

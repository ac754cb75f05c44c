import type { ActorMention } from './actor-matcher';

/** Distinct earlier names compared against; an article names far fewer bodies than this. */
const MAX_EARLIER = 64;

const bare = (surface: string): string => surface.replace(/^(?:the|The)\s+/, '');

/**
 * A body named in full and later by a shorter form of that name is one actor: `the Russian Foreign
 * Ministry ... the Foreign Ministry said`, `the Ministry of National Defence of the DPRK ... the
 * Ministry of National Defence`; a parent named inside (`... Branch of the X`) is another body. Only names the organization pattern found (no list knows them as
 * such) are resolved, and only when exactly one earlier body's name contains them as whole words;
 * two candidates (`the Russian and the Chinese Foreign Ministry`) leave the name as it was.
 */
export function resolveShortOrgNames(
  mentions: readonly ActorMention[],
  text?: string,
): ActorMention[] {
  const earlier: ActorMention[] = [];
  const seen = new Set<string>();
  return mentions.map((m) => {
    if (m.entry.kind !== 'organization') return m;
    const name = bare(m.surface);
    let match: ActorMention | undefined;
    let ambiguous = false;
    if (m.extractor === 'actors/org-pattern' && name.length >= 8)
      for (const e of earlier) {
        if (e.entry.key === m.entry.key || e.entry.key === match?.entry.key) continue;
        const full = bare(e.surface);
        const at = full.indexOf(name);
        if (full.length <= name.length || at < 0) continue;
        const before = full.slice(0, at);
        const after = full.slice(at + name.length);
        if ((before !== '' && !/\s$/.test(before)) || (after !== '' && !/^\s/.test(after)))
          continue;
        // `Dandong City Branch of the Liaoning Regional Association`: the parent, another body.
        if (/\b(?:of|for|to|with|in|on|at|and|under)\s+(?:the\s+)?$/i.test(before)) continue;
        // `People's Socialist Party of Mexico, ..., Socialist Party of Mexico`: one sentence naming
        // both means two bodies (a listing, `developed X into Y`).
        if (text !== undefined && sameSentence(text, e.end, m.start)) continue;
        if (match !== undefined) ambiguous = true;
        match = e;
      }
    const out = match !== undefined && !ambiguous ? { ...m, entry: match.entry } : m;
    const id = `${out.entry.key}|${out.surface}`;
    if (!seen.has(id)) {
      seen.add(id);
      earlier.push(out);
      if (earlier.length > MAX_EARLIER) earlier.shift();
    }
    return out;
  });
}

/** Longest stretch read for a sentence end: farther apart than this is another sentence anyway. */
const SAME_SENTENCE_SPAN = 400;

function sameSentence(text: string, from: number, to: number): boolean {
  if (to - from > SAME_SENTENCE_SPAN) return false;
  return !/[.!?]["”’]?\s|\n/.test(text.slice(from, to));
}

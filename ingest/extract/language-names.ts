import type { ActorMention } from './actor-matcher';

/** A language named by a demonym: `a Spanish-language talk show`, `written in Russian language`. */
const LANGUAGE_AFTER = /^(?:-| )(?:language|languages|speaking)\b/;

/**
 * Drops country mentions that only name a language (docs/annotation-rules.md: aliases are forms
 * that refer to the actor; `Spanish-language television` says nothing of Spain).
 */
export function dropLanguageNames(text: string, mentions: readonly ActorMention[]): ActorMention[] {
  return mentions.filter(
    (m) => m.entry.kind !== 'country' || !LANGUAGE_AFTER.test(text.slice(m.end, m.end + 12)),
  );
}

import type { ActorMention } from './actor-matcher';
import type { Sentence } from './sentences';

/** What an actor filter sees: the rules' mentions in an English article, after its dateline. */
export interface ActorFilterInput {
  readonly text: string;
  readonly mentions: readonly ActorMention[];
  readonly sentences: readonly Sentence[];
  /** Where the body starts (after the dateline). */
  readonly bodyStart: number;
  /** Keys a quote or citation refers to: a filter keeps them, so every speaker and cited outlet is an actor. */
  readonly referenced: ReadonlySet<string>;
}

/**
 * Decides which mentions become the article's actors. The extractor uses the rules alone; the actor
 * model's trainer (ingest/eval/train-actors.ts) passes its own to see what the rules propose.
 */
export type ActorFilter = (input: ActorFilterInput) => readonly ActorMention[];

export const rulesOnly: ActorFilter = (input) => input.mentions;

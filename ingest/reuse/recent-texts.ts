import type { AnalysedText } from './shingles';

/** A text this process sketched, with its analysis and the hash it was sketched under. */
export interface RecentText {
  readonly key: string;
  readonly textHash: string;
  readonly analysed: AnalysedText;
}

/**
 * The texts of the articles this process sketched lately, by key. A batch's reuse candidates are
 * mostly articles written a little earlier, so their texts need not come back from the store nor
 * be analysed again. An entry serves only under the text hash it was sketched with: the caller
 * passes the hash the store's sketch has now, so a text changed since is read again. Bounded by
 * characters; the least recently used go first.
 */
export class RecentTexts {
  private readonly entries = new Map<string, RecentText>();
  private chars = 0;

  constructor(private readonly maxChars: number) {}

  get size(): number {
    return this.entries.size;
  }

  /** The entry for `key` if it was sketched under `textHash`. */
  get(key: string, textHash: string | undefined): RecentText | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined || entry.textHash !== textHash) return undefined;
    // Moved to the back: a text that keeps being a candidate stays.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(entry: RecentText): void {
    const old = this.entries.get(entry.key);
    if (old !== undefined) {
      this.entries.delete(entry.key);
      this.chars -= old.analysed.text.length;
    }
    if (entry.analysed.text.length > this.maxChars) return;
    this.entries.set(entry.key, entry);
    this.chars += entry.analysed.text.length;
    for (const [key, oldest] of this.entries) {
      if (this.chars <= this.maxChars) break;
      this.entries.delete(key);
      this.chars -= oldest.analysed.text.length;
    }
  }

  clear(): void {
    this.entries.clear();
    this.chars = 0;
  }
}

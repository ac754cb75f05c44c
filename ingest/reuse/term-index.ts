/**
 * The LSH index of stored articles, in memory: each term (sketch.ts) to the articles having it.
 * A lookup ranks articles by the terms they share with the query, a rare term weighing more than
 * a common one (log(1 + articles / articles having it)), as a search engine would.
 */

/** Articles remembered per term: a term shared by more is boilerplate and no longer ranks anyone. */
export const MAX_POSTINGS = 1000;

export class TermIndex {
  private readonly postings = new Map<string, string[]>();
  private readonly sketches = new Map<string, { terms: readonly string[]; textHash: string }>();

  get size(): number {
    return this.sketches.size;
  }

  /** Hash of the text the article was sketched from, undefined when it never was. */
  textHashOf(key: string): string | undefined {
    return this.sketches.get(key)?.textHash;
  }

  /** Adds or replaces an article's terms. */
  set(key: string, terms: readonly string[], textHash: string): void {
    const old = this.sketches.get(key);
    for (const term of old?.terms ?? []) {
      const list = this.postings.get(term);
      const at = list?.indexOf(key) ?? -1;
      if (list && at !== -1) list.splice(at, 1);
    }
    this.sketches.set(key, { terms, textHash });
    for (const term of terms) {
      const list = this.postings.get(term);
      if (!list) this.postings.set(term, [key]);
      else if (list.length < MAX_POSTINGS) list.push(key);
    }
  }

  /** The `limit` articles sharing the most (rarest) terms with `terms`, best first, `exclude` left out. */
  candidates(terms: readonly string[], limit: number, exclude: string): string[] {
    const scores = new Map<string, number>();
    for (const term of terms) {
      const list = this.postings.get(term);
      if (!list || list.length >= MAX_POSTINGS) continue;
      const weight = Math.log(1 + this.sketches.size / list.length);
      for (const key of list) {
        if (key !== exclude) scores.set(key, (scores.get(key) ?? 0) + weight);
      }
    }
    return [...scores]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, limit)
      .map(([key]) => key);
  }
}

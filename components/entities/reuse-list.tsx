import Link from 'next/link';
import { entityHref } from './entity-card';

/** One side of a reused passage. */
interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface ReuseEntry {
  /** The article at the other end. */
  readonly node: { readonly id: string; readonly title: string; readonly date: string | null };
  readonly overlap: number;
  readonly words: number;
  /** `reusing` is in the later article, `reused` in the earlier one. */
  readonly passages: readonly { readonly reusing: Span; readonly reused: Span }[];
}

/** Passages shown per link, and characters per passage: a duplicated article can be long. */
const SHOWN_PASSAGES = 3;
const SHOWN_CHARS = 800;

function clip(text: string): string {
  return text.length <= SHOWN_CHARS ? text : `${text.slice(0, SHOWN_CHARS)}…`;
}

/**
 * Text shared with other articles, each passage side by side: this article's words on the left,
 * the other article's on the right. Passages are text, never HTML.
 */
export function ReuseList({
  title,
  direction,
  entries,
  total,
  empty,
  testId,
}: {
  readonly title: string;
  /** `reuses`: this article is the later one; `reusedBy`: the earlier one. */
  readonly direction: 'reuses' | 'reusedBy';
  readonly entries: readonly ReuseEntry[];
  readonly total: number;
  readonly empty: string;
  readonly testId: string;
}) {
  return (
    <div data-testid={testId}>
      <h3>
        {title}{' '}
        <span className="muted">
          ({total > entries.length ? `${entries.length} of ${total.toLocaleString('en')}` : total})
        </span>
      </h3>
      {entries.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="evidence-entries">
          {entries.map((entry) => (
            <li key={entry.node.id}>
              <p className="evidence-head">
                <Link href={entityHref('Article', entry.node.id)} prefetch={false}>
                  {entry.node.title}
                </Link>{' '}
                <span className="muted">
                  {entry.node.date ?? 'undated'} · {Math.round(entry.overlap * 100)}% of the{' '}
                  {direction === 'reuses' ? "article's" : "later article's"} text ·{' '}
                  {entry.words.toLocaleString('en')} words reused
                </span>
              </p>
              {entry.passages.slice(0, SHOWN_PASSAGES).map((passage) => {
                const [own, other] =
                  direction === 'reuses'
                    ? [passage.reusing, passage.reused]
                    : [passage.reused, passage.reusing];
                return (
                  <div className="reuse-passage" key={`${own.start}-${other.start}`}>
                    <figure>
                      <figcaption className="muted">This article</figcaption>
                      <blockquote className="evidence-sentence">{clip(own.text)}</blockquote>
                    </figure>
                    <figure>
                      <figcaption className="muted">{entry.node.title}</figcaption>
                      <blockquote className="evidence-sentence">{clip(other.text)}</blockquote>
                    </figure>
                  </div>
                );
              })}
              {entry.passages.length > SHOWN_PASSAGES ? (
                <p className="muted evidence-source">
                  {entry.passages.length - SHOWN_PASSAGES} more passage
                  {entry.passages.length - SHOWN_PASSAGES === 1 ? '' : 's'}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

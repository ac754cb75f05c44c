import Link from 'next/link';
import type { NodeKind } from '@/model/graph-model';
import { KIND_STYLES } from '@/components/graph/stylesheet';
import { entityHref } from './entity-card';

export interface EvidenceEntry {
  /** Node at the other end of the relationship. */
  readonly node: { readonly id: string; readonly kind: NodeKind; readonly label: string };
  /** Relationship in words ("mentions", "quotes", "cites"...). */
  readonly relation: string;
  /** The sentence that justifies it, verbatim. */
  readonly sentence: string;
  /** Extra context: a count, a date phrase, a lag. */
  readonly note?: string | null;
  /** The article the sentence is from, when it is not the page's own article. */
  readonly article?: { readonly id: string; readonly title: string } | null;
}

/**
 * A list of relationships with the sentence behind each one. Sentences are text, never HTML:
 * they are copied verbatim from state-media pages.
 */
export function EvidenceList({
  title,
  entries,
  total,
  empty,
  testId,
}: {
  readonly title: string;
  readonly entries: readonly EvidenceEntry[];
  /** Number of items in all pages, when more exist than are listed. */
  readonly total?: number;
  readonly empty: string;
  readonly testId?: string;
}) {
  return (
    <section className="entity-section" data-testid={testId}>
      <h2>
        {title}{' '}
        <span className="muted">
          (
          {total !== undefined && total > entries.length
            ? `${entries.length} of ${total.toLocaleString('en')}`
            : entries.length}
          )
        </span>
      </h2>
      {entries.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="evidence-entries">
          {entries.map((e, i) => (
            <li key={`${e.node.id}-${i}`}>
              <p className="evidence-head">
                <span
                  className="kind-dot"
                  style={{ background: KIND_STYLES[e.node.kind].color }}
                  aria-hidden="true"
                />
                <Link href={entityHref(e.node.kind, e.node.id)} prefetch={false}>
                  {e.node.label}
                </Link>{' '}
                <span className="muted">
                  {e.relation}
                  {e.note ? ` · ${e.note}` : ''}
                </span>
              </p>
              {e.sentence !== '' ? (
                <blockquote className="evidence-sentence">{e.sentence}</blockquote>
              ) : null}
              {e.article ? (
                <p className="muted evidence-source">
                  from{' '}
                  <Link href={entityHref('Article', e.article.id)} prefetch={false}>
                    {e.article.title}
                  </Link>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

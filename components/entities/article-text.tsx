import Link from 'next/link';
import { parseGlobalId } from '@/model/graph-slice';
import { highlightArticle, type ArticleMention } from '@/components/explorer/mention-highlights';
import { entityHref } from './entity-card';

/**
 * An article's full text with its evidence sentences marked and the mentions inside them linked
 * to their nodes. The text is hostile input (scraped state-media pages): it is only ever rendered
 * as React text children, never as HTML.
 */
export function ArticleText({
  text,
  mentions,
}: {
  readonly text: string;
  readonly mentions: readonly ArticleMention[];
}) {
  const segments = highlightArticle(text, mentions);
  return (
    <div className="article-full-text" data-testid="article-text">
      {segments.map((seg, i) => {
        const kind = seg.nodeId === undefined ? undefined : parseGlobalId(seg.nodeId)?.kind;
        if (seg.nodeId !== undefined && kind !== undefined) {
          return (
            <mark key={i} className="mention-mark">
              <Link href={entityHref(kind, seg.nodeId)} prefetch={false}>
                {seg.text}
              </Link>
            </mark>
          );
        }
        return seg.evidence === true ? (
          <span key={i} className="evidence-span">
            {seg.text}
          </span>
        ) : (
          <span key={i}>{seg.text}</span>
        );
      })}
    </div>
  );
}

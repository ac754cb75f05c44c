import Link from 'next/link';
import type { ReactNode } from 'react';
import type { NodeKind } from '@/model/graph-model';
import { KIND_STYLES } from '@/components/graph/stylesheet';
import { sitePath } from '@/components/ui/safe-href';

/** Link to a node's page; the explorer's inspector builds the same paths. */
export function entityHref(kind: NodeKind, id: string): string {
  return sitePath(`/${kind.toLowerCase()}/${encodeURIComponent(id)}`);
}

export interface EntityFact {
  readonly label: string;
  readonly value: ReactNode;
}

export interface EntityCardProps {
  readonly id: string;
  readonly kind: NodeKind;
  readonly title: string;
  /** Actor kind, narrative kind, event precision, `stub`. */
  readonly subtype?: string | null;
  readonly facts?: readonly EntityFact[];
  /** Heading level of the title: 1 on the node's own page, 3 in lists. */
  readonly level?: 1 | 2 | 3;
  /** Link the title to the node's page (off on the page itself). */
  readonly linked?: boolean;
  readonly children?: ReactNode;
}

/**
 * Server-renderable summary of one node: kind chip, title, facts. Text from the graph is rendered
 * as React text nodes only: article titles and names come from hostile pages.
 */
export function EntityCard({
  id,
  kind,
  title,
  subtype,
  facts = [],
  level = 3,
  linked = true,
  children,
}: EntityCardProps) {
  const style = KIND_STYLES[kind];
  const Heading = `h${level}` as const;
  return (
    <article className="entity-card" data-testid="entity-card" data-node-id={id}>
      <p className="entity-kind">
        <span className="kind-chip" style={{ background: style.color }}>
          {style.label}
        </span>
        {subtype ? <span className="muted"> {subtype}</span> : null}
      </p>
      <Heading className="entity-title">
        {linked ? (
          <Link href={entityHref(kind, id)} prefetch={false}>
            {title}
          </Link>
        ) : (
          title
        )}
      </Heading>
      {facts.length > 0 ? (
        <dl className="entity-facts">
          {facts.map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {children}
    </article>
  );
}

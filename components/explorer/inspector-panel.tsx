'use client';

import Link from 'next/link';
import { WatchForm } from '@/components/watches/watch-form';
import { watchKindsFor } from '@/components/watches/watches-client';
import { useMemo } from 'react';
import type { GlobalId, GraphSlice, SliceEdge, SliceNode } from '@/model/graph-slice';
import { KIND_STYLES, RELATION_STYLES } from '@/components/graph/stylesheet';
import { sitePath } from '@/components/ui/safe-href';
import {
  articleMentions,
  highlightArticle,
  highlightSentence,
  type Segment,
} from './mention-highlights';
import { NEIGHBORHOOD_DEPTHS } from '@/model/graph-model';

/** Deeper expansions the inspector offers beside Expand (one hop). */
const DEEPER = NEIGHBORHOOD_DEPTHS.filter((depth) => depth > 1);

export type InspectorSelection =
  { readonly type: 'node'; readonly id: GlobalId } | { readonly type: 'edge'; readonly id: string };

export interface InspectorPanelProps {
  /** Everything fetched (the inspector can describe nodes a filter hides from the canvas). */
  readonly slice: GraphSlice;
  readonly selection: InspectorSelection | null;
  readonly pinned: readonly GlobalId[];
  /** Full text of the selected article when the page has it; evidence sentences otherwise. */
  readonly articleText?: string | undefined;
  readonly onSelectNode: (id: GlobalId) => void;
  readonly onSelectEdge: (id: string) => void;
  /** Opens the node's neighbourhood, `depth` hops out (1 when not given). */
  readonly onExpand: (id: GlobalId, depth?: number) => void;
  readonly onHide: (id: GlobalId) => void;
  readonly onTogglePin: (id: GlobalId) => void;
  readonly onRemove: (id: GlobalId) => void;
  /** The node a path search will start from, chosen earlier; null when none. */
  readonly pathStart?: GlobalId | null;
  readonly onSetPathStart?: (id: GlobalId | null) => void;
  readonly onFindPaths?: (from: GlobalId, to: GlobalId) => void;
  readonly onClose: () => void;
  /**
   * False until the page is hydrated: the server-rendered actions are disabled rather than
   * dropping a click made before their handlers exist.
   */
  readonly ready?: boolean;
}

/** Page of a node: /article/<id>, /actor/<id>... Ids are URL-encoded. */
export function nodeHref(node: Pick<SliceNode, 'id' | 'kind'>): string {
  return sitePath(`/${node.kind.toLowerCase()}/${encodeURIComponent(node.id)}`);
}

function Segments({
  segments,
  onSelectNode,
}: {
  readonly segments: readonly Segment[];
  readonly onSelectNode: (id: GlobalId) => void;
}) {
  return (
    <>
      {segments.map((s, i) => {
        const key = `${i}:${s.text.length}`;
        const text =
          s.nodeId !== undefined ? (
            // A span with the button role rather than a <button>: buttons lay out as inline
            // blocks, so a long mention could not wrap with the sentence and pushed the list
            // number down to its last line.
            <span
              key={key}
              role="button"
              tabIndex={0}
              className="mention"
              onClick={() => onSelectNode(s.nodeId ?? '')}
              onKeyDown={(e) => {
                if (e.key !== 'Enter' && e.key !== ' ') return;
                e.preventDefault();
                onSelectNode(s.nodeId ?? '');
              }}
              title="Select this node in the graph"
            >
              {s.text}
            </span>
          ) : (
            <span key={key}>{s.text}</span>
          );
        return s.evidence === true ? (
          <mark key={key} className="evidence">
            {text}
          </mark>
        ) : (
          text
        );
      })}
    </>
  );
}

/** "Path from here", then on another node "Paths from X to here" (adds them to the view). */
function PathActions(
  props: InspectorPanelProps & {
    readonly node: SliceNode;
    readonly labels: ReadonlyMap<GlobalId, SliceNode>;
  },
) {
  const { node, pathStart = null, onSetPathStart, onFindPaths, labels, ready = true } = props;
  if (onSetPathStart === undefined || onFindPaths === undefined) return null;
  if (pathStart === null || pathStart === node.id) {
    const active = pathStart === node.id;
    return (
      <button
        type="button"
        aria-pressed={active}
        disabled={!ready}
        data-testid="path-start"
        title="Then select another node to show the paths between them"
        onClick={() => onSetPathStart(active ? null : node.id)}
      >
        {active ? 'Path start (select another node)' : 'Path from here'}
      </button>
    );
  }
  const startLabel = labels.get(pathStart)?.label ?? pathStart;
  return (
    <button
      type="button"
      data-testid="find-paths"
      disabled={!ready}
      onClick={() => onFindPaths(pathStart, node.id)}
    >
      Paths from “{startLabel}” to here
    </button>
  );
}

function NodeDetails(props: InspectorPanelProps & { readonly node: SliceNode }) {
  const { node, slice, pinned, articleText, onSelectNode, onSelectEdge } = props;
  const labels = useMemo(() => new Map(slice.nodes.map((n) => [n.id, n])), [slice]);
  const edges = slice.edges.filter((e) => e.source === node.id || e.target === node.id);
  const mentions = useMemo(
    () => (node.kind === 'Article' ? articleMentions(slice, node.id) : []),
    [slice, node],
  );
  const isPinned = pinned.includes(node.id);
  const disabled = props.ready === false;
  const byType = new Map<string, SliceEdge[]>();
  for (const e of edges) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);

  return (
    <>
      <header className="inspector-header">
        <span className="kind-chip" style={{ background: KIND_STYLES[node.kind].color }}>
          {KIND_STYLES[node.kind].label}
          {node.subtype !== null ? ` · ${node.subtype}` : ''}
        </span>
        <h2 data-testid="inspector-title">{node.label}</h2>
        <p className="muted">
          {node.date !== null ? `${node.date.slice(0, 10)} · ` : ''}
          {node.degree} relations in the graph ·{' '}
          <Link href={nodeHref(node)} prefetch={false}>
            Open page
          </Link>
        </p>
      </header>
      <div className="inspector-actions" role="group" aria-label="Node actions">
        <button type="button" disabled={disabled} onClick={() => props.onExpand(node.id)}>
          Expand
        </button>
        {DEEPER.map((depth) => (
          <button
            key={depth}
            type="button"
            disabled={disabled}
            data-testid={`expand-depth-${depth}`}
            aria-label={`Expand ${depth} hops`}
            onClick={() => props.onExpand(node.id, depth)}
          >
            {depth} hops
          </button>
        ))}
        <button
          type="button"
          disabled={disabled}
          onClick={() => props.onTogglePin(node.id)}
          aria-pressed={isPinned}
        >
          {isPinned ? 'Unpin' : 'Pin'}
        </button>
        <button type="button" disabled={disabled} onClick={() => props.onHide(node.id)}>
          Hide
        </button>
        <button type="button" disabled={disabled} onClick={() => props.onRemove(node.id)}>
          Remove
        </button>
        <PathActions {...props} node={node} labels={labels} />
      </div>
      {watchKindsFor(node.id).length > 0 ? (
        <WatchForm
          key={node.id}
          kinds={watchKindsFor(node.id)}
          targetId={node.id}
          defaultName={node.label}
        />
      ) : null}
      {node.kind === 'Article' ? (
        <section aria-label="Article text">
          <h3>{articleText !== undefined ? 'Text' : 'Evidence sentences'}</h3>
          {articleText !== undefined ? (
            <p className="article-text">
              <Segments
                segments={highlightArticle(articleText, mentions)}
                onSelectNode={onSelectNode}
              />
            </p>
          ) : mentions.length === 0 ? (
            <p className="muted" role="status">
              {edges.some((e) => e.evidence.length < e.evidenceCount)
                ? 'Fetching the sentences…'
                : 'No evidence sentences from this article in view.'}
            </p>
          ) : (
            <ol className="evidence-list">
              {[...new Map(mentions.map((m) => [`${m.start}:${m.end}`, m])).values()].map((m) => (
                <li key={`${m.start}:${m.end}`}>
                  <Segments
                    segments={highlightSentence(
                      m.sentence,
                      mentions.filter((x) => x.start === m.start),
                    )}
                    onSelectNode={onSelectNode}
                  />
                </li>
              ))}
            </ol>
          )}
        </section>
      ) : null}
      <section aria-label="Relations">
        <h3>Relations in view ({edges.length})</h3>
        {[...byType].map(([type, list]) => (
          <details key={type} open={list.length <= 8}>
            <summary>
              {RELATION_STYLES[type as SliceEdge['type']]?.label ?? type} ({list.length})
            </summary>
            <ul>
              {list.map((e) => {
                const otherId = e.source === node.id ? e.target : e.source;
                const other = labels.get(otherId);
                return (
                  <li key={e.id}>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onSelectNode(otherId)}
                    >
                      {other?.label ?? otherId}
                    </button>{' '}
                    <button
                      type="button"
                      className="link-button muted"
                      onClick={() => onSelectEdge(e.id)}
                      aria-label={`Evidence for ${e.type} ${other?.label ?? otherId}`}
                    >
                      ({e.evidenceCount} evidence)
                    </button>
                  </li>
                );
              })}
            </ul>
          </details>
        ))}
      </section>
    </>
  );
}

function EdgeDetails(props: InspectorPanelProps & { readonly edge: SliceEdge }) {
  const { edge, slice, onSelectNode } = props;
  const source = slice.nodes.find((n) => n.id === edge.source);
  const target = slice.nodes.find((n) => n.id === edge.target);
  const mentions = [source, target].flatMap((n) =>
    n === undefined ? [] : [{ nodeId: n.id, label: n.label }],
  );
  return (
    <>
      <header className="inspector-header">
        <span className="kind-chip" style={{ background: RELATION_STYLES[edge.type].color }}>
          {RELATION_STYLES[edge.type].label}
        </span>
        <h2 data-testid="inspector-title">
          <button type="button" className="link-button" onClick={() => onSelectNode(edge.source)}>
            {source?.label ?? edge.source}
          </button>{' '}
          → {RELATION_STYLES[edge.type].label} →{' '}
          <button type="button" className="link-button" onClick={() => onSelectNode(edge.target)}>
            {target?.label ?? edge.target}
          </button>
        </h2>
        <p className="muted">Weight {edge.weight}</p>
      </header>
      {edge.quote !== null ? <blockquote className="quote">“{edge.quote}”</blockquote> : null}
      <section aria-label="Evidence">
        <h3>Evidence ({edge.evidenceCount})</h3>
        {edge.evidenceCount === 0 ? (
          <p className="muted">No sentence recorded for this relation.</p>
        ) : edge.evidence.length === 0 ? (
          <p className="muted" role="status">
            Fetching the sentences…
          </p>
        ) : (
          <ol className="evidence-list">
            {edge.evidence.map((ev, i) => (
              <li key={`${ev.articleId}:${ev.start}:${i}`}>
                <p>
                  <Segments
                    segments={highlightSentence(ev.sentence, mentions)}
                    onSelectNode={onSelectNode}
                  />
                </p>
                <p className="muted evidence-meta">
                  <Link href={nodeHref({ id: ev.articleId, kind: 'Article' })} prefetch={false}>
                    {ev.articleTitle !== '' ? ev.articleTitle : ev.articleId}
                  </Link>{' '}
                  · {ev.extractor} · confidence {Math.round(ev.confidence * 100)}%
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

/** Details of the selected node or edge, with the evidence behind it. */
export function InspectorPanel(props: InspectorPanelProps) {
  const { selection, slice, onClose } = props;
  const node =
    selection?.type === 'node' ? slice.nodes.find((n) => n.id === selection.id) : undefined;
  const edge =
    selection?.type === 'edge' ? slice.edges.find((e) => e.id === selection.id) : undefined;
  return (
    <aside className="inspector-panel" aria-label="Inspector" data-testid="inspector">
      {selection !== null ? (
        <button
          type="button"
          className="close-button"
          onClick={onClose}
          aria-label="Close inspector"
        >
          ×
        </button>
      ) : null}
      {node !== undefined ? (
        <NodeDetails {...props} node={node} />
      ) : edge !== undefined ? (
        <EdgeDetails {...props} edge={edge} />
      ) : (
        <p className="muted">
          Select a node or relation to see its details and the sentences behind it. Double-click a
          node to expand it.
        </p>
      )}
    </aside>
  );
}

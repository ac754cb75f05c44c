'use client';

import Link from 'next/link';
import { useEffect, useMemo, useState } from 'react';
import { CITATION_STANCES, type CitationStance } from '@/model/citation-vocabulary';
import {
  EMPTY_VIEW_STATE,
  citationLinkId,
  encodeViewState,
  type CitationViewState,
} from '@/model/view-state';
import { entityHref } from '@/components/entities/entity-card';
import { CitationBrush } from './citation-brush';
import { CitationCanvas } from './citation-canvas';
import {
  createCitationClient,
  type CitationClient,
  type CitationNetwork,
  type EvidencePage,
  type NetworkLink,
  NETWORK_LINKS,
} from './citation-client';
import { linkRef, OUTLET_BORDER, OUTLET_STYLES, STANCE_COLORS } from './citation-elements';
import './citations.css';

const defaultClient = createCitationClient();

export interface CitationsViewProps {
  readonly state: CitationViewState;
  readonly onChange: (state: CitationViewState) => void;
  readonly client?: CitationClient;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The filters of a state, as a key that changes only when the network must be read again. */
function filterKey(state: CitationViewState): string {
  const { link: _link, ...filters } = state;
  return encodeViewState({ ...EMPTY_VIEW_STATE, citations: filters });
}

function stanceSummary(link: NetworkLink): string {
  return link.stances.map((s) => `${s.stance} ${s.count}`).join(', ');
}

function dates(link: NetworkLink): string {
  if (link.firstDate === null) return 'undated';
  return link.firstDate === link.lastDate ? link.firstDate : `${link.firstDate} – ${link.lastDate}`;
}

function useNetwork(client: CitationClient, state: CitationViewState) {
  const key = filterKey(state);
  const [result, setResult] = useState<{
    key: string;
    network?: CitationNetwork;
    error?: string;
  } | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const abort = new AbortController();
    client.network(state, abort.signal).then(
      (network) => setResult({ key, network }),
      (error: unknown) => {
        if (!abort.signal.aborted) setResult({ key, error: errorText(error) });
      },
    );
    return () => abort.abort();
    // The key holds every filter; the link does not change the network.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, key, attempt]);
  return {
    loading: result?.key !== key,
    network: result?.network,
    error: result?.key === key ? result.error : undefined,
    retry: () => setAttempt((a) => a + 1),
  };
}

/** The evidence of the selected link, page after page. */
function useEvidence(client: CitationClient, state: CitationViewState) {
  const link = state.link;
  const key = link === undefined ? null : `${filterKey(state)}|${citationLinkId(link)}`;
  const [pages, setPages] = useState<{ key: string; pages: EvidencePage[]; error?: string } | null>(
    null,
  );
  const [after, setAfter] = useState<{ key: string; cursor: string } | null>(null);
  useEffect(() => {
    if (link === undefined || key === null) return;
    const abort = new AbortController();
    const cursor = after?.key === key ? after.cursor : null;
    client.evidence(state, link, cursor, abort.signal).then(
      (page) =>
        setPages((current) => ({
          key,
          pages: cursor !== null && current?.key === key ? [...current.pages, page] : [page],
        })),
      (error: unknown) => {
        if (!abort.signal.aborted) setPages({ key, pages: [], error: errorText(error) });
      },
    );
    return () => abort.abort();
    // The key holds the filters and the link.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, key, after]);
  const current = pages?.key === key ? pages : undefined;
  const last = current?.pages.at(-1);
  return {
    loading:
      key !== null &&
      (current === undefined || (after?.key === key && last?.next === after.cursor)),
    items: current?.pages.flatMap((p) => p.items) ?? [],
    total: last?.total ?? 0,
    error: current?.error,
    more:
      key !== null && last?.next != null
        ? () => setAfter({ key, cursor: last.next ?? '' })
        : undefined,
  };
}

/**
 * The Citations view: which outlets cite which. A directed network (width = citations, colour =
 * stance), a time brush over the citations, filters, the links as a table, and the evidence
 * sentences of the selected link linked to their articles.
 */
export function CitationsView({ state, onChange, client = defaultClient }: CitationsViewProps) {
  const network = useNetwork(client, state);
  const evidence = useEvidence(client, state);
  const links = useMemo(() => network.network?.links ?? [], [network.network]);
  const selectedId = state.link === undefined ? null : citationLinkId(state.link);
  const selectedLink = links.find((l) => citationLinkId(linkRef(l)) === selectedId);
  const citingSources = useMemo(() => {
    const byId = new Map<string, string>();
    for (const l of links) byId.set(l.citing.id, l.citing.name);
    for (const id of state.sources ?? [])
      if (!byId.has(id)) byId.set(id, id.slice('Source:'.length));
    return [...byId].sort((a, b) => a[1].localeCompare(b[1]));
  }, [links, state.sources]);
  const [sectionsText, setSectionsText] = useState((state.sections ?? []).join(', '));

  const set = (patch: Partial<CitationViewState>) => onChange({ ...state, ...patch });
  const selectLink = (id: string | null) => {
    const link = id === null ? undefined : links.find((l) => citationLinkId(linkRef(l)) === id);
    const { link: _old, ...rest } = state;
    onChange(link === undefined ? rest : { ...rest, link: linkRef(link) });
  };
  const toggleStance = (stance: CitationStance) => {
    const now = state.stances ?? [];
    set({ stances: now.includes(stance) ? now.filter((s) => s !== stance) : [...now, stance] });
  };
  const toggleSource = (id: string) => {
    const now = state.sources ?? [];
    set({ sources: now.includes(id) ? now.filter((s) => s !== id) : [...now, id] });
  };

  return (
    <div className="citations-view" data-testid="citations-view">
      <form
        className="citation-filters"
        aria-label="Citation filters"
        onSubmit={(e) => {
          e.preventDefault();
          set({ sections: sectionsText.split(',').map((s) => s.trim()) });
        }}
      >
        <fieldset>
          <legend>Stance</legend>
          {CITATION_STANCES.map((stance) => (
            <label key={stance} className="stance-choice">
              <input
                type="checkbox"
                checked={(state.stances ?? []).includes(stance)}
                onChange={() => toggleStance(stance)}
              />
              <span className="stance-swatch" style={{ background: STANCE_COLORS[stance] }} />
              {stance}
            </label>
          ))}
          <span className="muted"> (none checked: all)</span>
        </fieldset>
        <label>
          At least{' '}
          <input
            type="number"
            min={1}
            max={1_000_000}
            value={state.minCount ?? 1}
            onChange={(e) => set({ minCount: Number(e.currentTarget.value) })}
            data-testid="citation-min-count"
          />{' '}
          citations
        </label>
        <label>
          Sections{' '}
          <input
            type="text"
            value={sectionsText}
            placeholder="top news, external"
            onChange={(e) => setSectionsText(e.currentTarget.value)}
            onBlur={() => set({ sections: sectionsText.split(',').map((s) => s.trim()) })}
            data-testid="citation-sections"
          />
        </label>
        {citingSources.length > 0 ? (
          <fieldset>
            <legend>Citing sources</legend>
            {citingSources.map(([id, name]) => (
              <label key={id}>
                <input
                  type="checkbox"
                  checked={(state.sources ?? []).includes(id)}
                  onChange={() => toggleSource(id)}
                />
                {name}
              </label>
            ))}
          </fieldset>
        ) : null}
      </form>

      <div className="citations-main">
        <div className="explorer-stage">
          <CitationCanvas links={links} selected={selectedId} onSelectLink={selectLink} />
          {network.loading ? (
            <p className="stage-status" role="status" data-testid="citations-loading">
              Loading citations…
            </p>
          ) : null}
          {network.error !== undefined ? (
            <div className="stage-status error" role="alert">
              Could not load the citation network: {network.error}{' '}
              <button type="button" onClick={network.retry}>
                Retry
              </button>
            </div>
          ) : null}
          {!network.loading && network.error === undefined && links.length === 0 ? (
            <div className="stage-overlay" data-testid="citations-empty">
              <p>No outlet cites another under these filters.</p>
            </div>
          ) : null}
        </div>
        <aside className="citation-evidence" data-testid="citation-evidence" aria-live="polite">
          {state.link === undefined ? (
            <p className="muted">
              Click an arrow (or a row below) to read the sentences behind it; clicking an outlet
              opens its strongest link.
            </p>
          ) : (
            <>
              <h2>
                {selectedLink?.citing.name ?? state.link.citing} →{' '}
                {selectedLink?.cited.name ?? state.link.cited}
              </h2>
              {selectedLink !== undefined ? (
                <p className="muted">
                  {selectedLink.count} citations · {dates(selectedLink)} ·{' '}
                  {stanceSummary(selectedLink)}
                </p>
              ) : null}
              {evidence.error !== undefined ? (
                <p role="alert">Could not load the evidence: {evidence.error}</p>
              ) : null}
              <ol className="evidence-entries">
                {evidence.items.map((item, i) => (
                  <li key={`${item.article.id}-${i}`} data-testid="citation-evidence-item">
                    <p className="evidence-head">
                      <span
                        className="stance-chip"
                        style={{
                          background:
                            STANCE_COLORS[item.stance as CitationStance] ?? STANCE_COLORS.neutral,
                        }}
                      >
                        {item.stance}
                      </span>{' '}
                      <span className="muted">{item.how}</span>
                    </p>
                    <blockquote className="evidence-sentence">{item.sentence}</blockquote>
                    <p className="muted evidence-source">
                      from{' '}
                      <Link href={entityHref('Article', item.article.id)} prefetch={false}>
                        {item.article.title}
                      </Link>
                      {item.article.date !== null ? ` (${item.article.date})` : ''}
                    </p>
                  </li>
                ))}
              </ol>
              {evidence.loading ? <p className="muted">Loading…</p> : null}
              {evidence.more !== undefined && !evidence.loading ? (
                <button type="button" onClick={evidence.more}>
                  More ({evidence.items.length} of {evidence.total})
                </button>
              ) : null}
              <button type="button" className="link-button" onClick={() => selectLink(null)}>
                Close
              </button>
            </>
          )}
        </aside>
      </div>

      <div className="citation-legend muted" data-testid="citation-legend">
        <span aria-live="polite">
          {links.length} links
          {network.network?.truncated === true
            ? ` · the strongest ${NETWORK_LINKS} are drawn: raise the minimum or narrow the window`
            : ''}
        </span>
        <span>
          Arrow colour is the stance:{' '}
          {CITATION_STANCES.map((stance) => (
            <span key={stance} className="legend-item">
              <span className="stance-swatch" style={{ background: STANCE_COLORS[stance] }} />
              {stance}
            </span>
          ))}
          ; width, the citations.
        </span>
        <span>
          Nodes (colour is not a stance):{' '}
          {(['Source', 'Actor'] as const).map((kind) => (
            <span key={kind} className="legend-item">
              <span
                className={`outlet-swatch ${OUTLET_STYLES[kind].shape}`}
                style={{ background: OUTLET_STYLES[kind].color, borderColor: OUTLET_BORDER }}
              />
              {OUTLET_STYLES[kind].label}
            </span>
          ))}
          ; crowded names are hidden: hover a node for its name.
        </span>
      </div>

      <CitationBrush
        days={network.network?.days ?? []}
        from={state.from}
        to={state.to}
        onRangeChange={({ from, to }) => {
          const { from: _f, to: _t, ...rest } = state;
          onChange({
            ...rest,
            ...(from !== undefined ? { from } : {}),
            ...(to !== undefined ? { to } : {}),
          });
        }}
      />

      <details className="list-panel" open>
        <summary>Links as a table</summary>
        <table className="citation-links" data-testid="citation-links">
          <thead>
            <tr>
              <th scope="col">Citing source</th>
              <th scope="col">Cited outlet</th>
              <th scope="col">Citations</th>
              <th scope="col">When</th>
              <th scope="col">Stances</th>
              <th scope="col">
                <span className="visually-hidden">Evidence</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {links.map((link) => {
              const id = citationLinkId(linkRef(link));
              return (
                <tr key={id} aria-selected={id === selectedId}>
                  <td>
                    <Link href={entityHref('Source', link.citing.id)} prefetch={false}>
                      {link.citing.name}
                    </Link>
                  </td>
                  <td>
                    <Link href={entityHref(link.cited.kind, link.cited.id)} prefetch={false}>
                      {link.cited.name}
                    </Link>
                  </td>
                  <td>{link.count}</td>
                  <td>{dates(link)}</td>
                  <td>{stanceSummary(link)}</td>
                  <td>
                    <button type="button" className="link-button" onClick={() => selectLink(id)}>
                      Evidence
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </div>
  );
}

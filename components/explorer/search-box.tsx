'use client';

import { useEffect, useId, useState } from 'react';
import { KIND_STYLES } from '@/components/graph/stylesheet';
import type { GlobalId } from '@/model/graph-slice';
import type { GraphClient, SearchHit } from './graph-client';

export interface SearchBoxProps {
  readonly client: GraphClient;
  readonly query: string;
  readonly onQuery: (query: string) => void;
  /** Adds the chosen hit as a seed. */
  readonly onPick: (id: GlobalId) => void;
}

/** Debounced full-text search; picking a hit adds it to the graph. */
export function SearchBox({ client, query, onQuery, onPick }: SearchBoxProps) {
  const [hits, setHits] = useState<readonly SearchHit[]>([]);
  // The query the current hits answer: "nothing matches" only once that query was asked.
  const [hitsFor, setHitsFor] = useState('');
  const [status, setStatus] = useState<'idle' | 'loading' | 'error'>('idle');
  // The query the hit list was dismissed for (a pick or Escape): the list lies over the graph, so
  // it stays closed until the analyst types again.
  const [dismissedFor, setDismissedFor] = useState<string | undefined>(undefined);
  const listId = useId();
  const open = dismissedFor !== query;
  const q = query.trim();

  useEffect(() => {
    if (q.length < 2) {
      setHits([]);
      setStatus('idle');
      return;
    }
    const abort = new AbortController();
    // Debounce: one request once the analyst pauses typing.
    const t = window.setTimeout(() => {
      setStatus('loading');
      client.search(q, 20, abort.signal).then(
        (result) => {
          setHits(result);
          setHitsFor(q);
          setStatus('idle');
        },
        () => {
          if (!abort.signal.aborted) setStatus('error');
        },
      );
    }, 250);
    return () => {
      window.clearTimeout(t);
      abort.abort();
    };
  }, [q, client]);

  return (
    <div className="search-box" role="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search the graph
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        placeholder="Search actors, articles, events…"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setDismissedFor(query);
        }}
        aria-controls={listId}
        data-testid="search-input"
        autoComplete="off"
      />
      <div id={listId} aria-live="polite">
        {open && status === 'loading' ? <p className="muted">Searching…</p> : null}
        {open && status === 'error' ? <p className="error-text">Search failed.</p> : null}
        {open && status === 'idle' && q.length >= 2 && hitsFor === q && hits.length === 0 ? (
          <p className="muted" data-testid="search-empty">
            Nothing matches “{q}”.
          </p>
        ) : null}
        {open && hits.length > 0 ? (
          <ul className="search-results" data-testid="search-results">
            {hits.map((h) => (
              <li key={h.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    setDismissedFor(query);
                    onPick(h.id);
                  }}
                >
                  <span
                    className="kind-dot"
                    style={{ background: KIND_STYLES[h.kind].color }}
                    aria-hidden="true"
                  />
                  {h.label} <span className="muted">({KIND_STYLES[h.kind].label})</span>
                </button>
                {h.snippet !== null ? <p className="snippet muted">{h.snippet}</p> : null}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}

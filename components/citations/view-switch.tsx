'use client';

/** Graph or Citations: which view of the explorer is open (the URL state's `view`). */
export function ViewSwitch({
  view,
  onView,
}: {
  readonly view: 'graph' | 'citations';
  readonly onView: (view: 'graph' | 'citations') => void;
}) {
  return (
    <div className="view-switch" role="group" aria-label="View" data-testid="view-switch">
      <button type="button" aria-pressed={view === 'graph'} onClick={() => onView('graph')}>
        Graph
      </button>
      <button
        type="button"
        aria-pressed={view === 'citations'}
        onClick={() => onView('citations')}
        data-testid="open-citations"
      >
        Citations
      </button>
    </div>
  );
}

'use client';

import dynamic from 'next/dynamic';

// GraphiQL touches `window` on import: load it only in the browser, from our own bundle (no CDN).
const GraphiqlPanel = dynamic(() => import('./graphiql-panel').then((m) => m.GraphiqlPanel), {
  ssr: false,
  loading: () => <p className="notice">Loading the GraphQL IDE…</p>,
});

export function GraphiqlLoader() {
  return <GraphiqlPanel />;
}

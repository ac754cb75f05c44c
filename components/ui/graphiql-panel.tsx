'use client';

import { useEditorContext } from '@graphiql/react';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { useEffect, useState } from 'react';
import { GRAPHIQL_EXAMPLES } from './graphiql-examples';

const fetcher = createGraphiQLFetcher({ url: '/api/graphql' });

/**
 * Reports when Execute can run: GraphiQL's run() returns without a word while its query or
 * response editor is not mounted yet (CodeMirror loads after the toolbar is drawn), so a click
 * before then was lost. Rendered inside GraphiQL, it sees the editors in the same commit as the
 * Execute button does.
 */
function EditorsReady({ onReady }: { readonly onReady: (ready: boolean) => void }) {
  const { queryEditor, responseEditor } = useEditorContext({ nonNull: true });
  const ready = queryEditor !== null && responseEditor !== null;
  useEffect(() => onReady(ready), [ready, onReady]);
  return null;
}

/** The offline GraphQL IDE, opening with docs/api.md's example queries as tabs. */
export function GraphiqlPanel() {
  const [ready, setReady] = useState(false);
  return (
    <div
      style={{ height: 'calc(100vh - 48px)' }}
      data-testid="graphiql"
      // Set once Execute runs the open tab: what tests (and scripts) wait for.
      data-ready={ready ? 'true' : 'false'}
    >
      <GraphiQL
        fetcher={fetcher}
        defaultTabs={GRAPHIQL_EXAMPLES.map((example) => ({ query: example.query }))}
        defaultEditorToolsVisibility={false}
      >
        <GraphiQL.Toolbar>
          {({ prettify, merge, copy }) => (
            <>
              {prettify}
              {merge}
              {copy}
              <EditorsReady onReady={setReady} />
            </>
          )}
        </GraphiQL.Toolbar>
      </GraphiQL>
    </div>
  );
}

'use client';

import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { GRAPHIQL_EXAMPLES } from './graphiql-examples';

const fetcher = createGraphiQLFetcher({ url: '/api/graphql' });

/** The offline GraphQL IDE, opening with docs/api.md's example queries as tabs. */
export function GraphiqlPanel() {
  return (
    <div style={{ height: 'calc(100vh - 48px)' }} data-testid="graphiql">
      <GraphiQL
        fetcher={fetcher}
        defaultTabs={GRAPHIQL_EXAMPLES.map((example) => ({ query: example.query }))}
        defaultEditorToolsVisibility={false}
      />
    </div>
  );
}

export type HealthState =
  | {
      readonly ok: true;
      readonly row: {
        readonly neo4jVersion: string;
        readonly nodeCount: number;
        readonly relationshipCount: number;
      };
    }
  | { readonly ok: false; readonly message: string };

/**
 * Server-renderable line saying which Neo4j answers and how big the graph is, or why it does not.
 * `articles` is the number of stored articles: a graph with none (only API keys or saved views)
 * has nothing to explore, so it gets the empty state with the command that fills it.
 */
export function DatabaseStatus({
  health,
  articles,
}: {
  readonly health: HealthState;
  readonly articles: number | undefined;
}) {
  if (!health.ok) {
    return (
      <p className="notice error" role="alert" data-testid="database-status">
        The graph database is not reachable: {health.message}
      </p>
    );
  }
  const { neo4jVersion, nodeCount, relationshipCount } = health.row;
  if (nodeCount === 0 || articles === 0) {
    return (
      <div className="notice" data-testid="database-status">
        <p>
          Neo4j {neo4jVersion} is connected and the graph has no articles yet, so there is nothing
          to search. Load the demo data that ships with Narragraph, or your own articles:
        </p>
        <pre>
          <code>npm run ingest -- demo/{'\n'}npm run ingest -- &lt;files|folders|urls&gt;</code>
        </pre>
      </div>
    );
  }
  return (
    <p className="notice" data-testid="database-status">
      Neo4j {neo4jVersion}: {nodeCount.toLocaleString('en')} nodes,{' '}
      {relationshipCount.toLocaleString('en')} relationships.
    </p>
  );
}

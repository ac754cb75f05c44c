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

/** Server-renderable line saying which Neo4j answers and how big the graph is, or why it does not. */
export function DatabaseStatus({ health }: { readonly health: HealthState }) {
  if (!health.ok) {
    return (
      <p className="notice error" role="alert" data-testid="database-status">
        The graph database is not reachable: {health.message}
      </p>
    );
  }
  const { neo4jVersion, nodeCount, relationshipCount } = health.row;
  if (nodeCount === 0) {
    return (
      <p className="notice" data-testid="database-status">
        Neo4j {neo4jVersion} is connected and the graph is empty. Load articles with{' '}
        <code>npm run ingest -- &lt;files|folders|urls&gt;</code>, or start with{' '}
        <code>../shared/corpus</code> beside the project to get the demo data.
      </p>
    );
  }
  return (
    <p className="notice" data-testid="database-status">
      Neo4j {neo4jVersion}: {nodeCount.toLocaleString('en')} nodes,{' '}
      {relationshipCount.toLocaleString('en')} relationships.
    </p>
  );
}

/** Example operations that /graphiql opens with; README shows the same ones. */
export const GRAPHIQL_EXAMPLES: readonly { readonly name: string; readonly query: string }[] = [
  {
    name: 'Health',
    query: `# Which Neo4j answers, and how big is the graph?
query Health {
  health {
    neo4jVersion
    nodeCount
    relationshipCount
  }
}
`,
  },
];

/** Example operations that /graphiql opens with; docs/api.md shows the same ones. */
export const GRAPHIQL_EXAMPLES: readonly { readonly name: string; readonly query: string }[] = [
  {
    name: 'Explore',
    query: `# Explore: find a narrative, then open its neighbourhood (the explorer does the same).
query Explore {
  search(query: "hacking empire", first: 5) {
    edges {
      node { id kind label snippet }
    }
  }
  neighborhood(ids: ["Narrative:hacking-empire"], depth: 2, limit: 100) {
    truncated
    nodes { id kind label date }
    edges {
      type source target weight
      evidence { sentence articleTitle }
    }
  }
}
`,
  },
  {
    name: 'Query',
    query: `# Query: how a narrative spread across sources, and the two clocks of citation.
query Spread {
  narrativeSpread(id: "Narrative:hacking-empire", bucket: YEAR) {
    firstDate
    firstSource { name }
    sources { source { name } firstDate count }
    chain { from { name } to { name } lagDays }
  }
  timeline(filter: { narrative: "Narrative:hacking-empire" }, bucket: YEAR) {
    buckets { start articles citedEvents medianLagDays }
    lag { citations medianDays }
  }
  stats { articles dataVersion }
}
`,
  },
  {
    name: 'Share',
    query: `# Share: save a view (the explorer's "Save view" sends its encoded state and positions).
# Keep the editToken: only it can rename or delete the view. Open /v/<slug> to see it.
mutation Share {
  saveView(input: {
    name: "Hacking empire"
    state: "eyJ2IjoxLCJzIjpbIk5hcnJhdGl2ZTpoYWNraW5nLWVtcGlyZSJdfQ"
    positions: "{}"
    viewport: "{}"
    mode: LIVE
  }) {
    slug
    editToken
  }
}

# Read a view by its slug (set "slug" under Variables). A SNAPSHOT view's elements come back
# exactly as stored when it was saved; snapshot is null for a LIVE view.
query OpenView($slug: String!) {
  savedView(slug: $slug) {
    name mode dataVersion
    snapshot {
      nodes { id kind label }
      edges { type source target evidence { sentence } }
    }
  }
}

# Fork it: an exact copy (a snapshot keeps its stored elements) with an editToken of its own.
mutation Fork($slug: String!) {
  forkView(slug: $slug, input: { name: "Hacking empire (fork)" }) {
    slug
    editToken
  }
}
`,
  },
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

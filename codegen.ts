import type { Types } from '@graphql-codegen/plugin-helpers';

const m = (name: string) => `../models#${name}`;
const citation = (name: string) => `../citation-models#${name}`;
const watch = (name: string) => `../watch-models#${name}`;

// Resolver and schema types generated from graphql/schema/*.graphql by scripts/codegen.ts; run
// `npm run codegen`. Mappers name the TypeScript values resolvers really pass around (graph-db rows,
// lazy connections).
const config: {
  generates: Record<string, { plugins: string[]; config: Types.PluginConfig }>;
} = {
  generates: {
    'graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context#GraphQLContext',
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
        mappers: {
          Article: m('ArticleRow'),
          Source: m('SourceRow'),
          Actor: m('ActorRow'),
          Event: m('EventRow'),
          Narrative: m('NarrativeRow'),
          Evidence: m('EvidenceRow'),
          PageInfo: m('PageInfoModel'),
          TextRange: m('TextRangeModel'),
          ArticleConnection: m('ArticleConnectionModel'),
          ArticleEdge: m('ArticleEdgeModel'),
          ActorCountConnection: m('ActorListConnectionModel'),
          ActorCountEdge: m('ActorListEdgeModel'),
          ArticleMentionConnection: m('ActorListConnectionModel'),
          ArticleMentionEdge: m('ActorListEdgeModel'),
          ArticleQuoteConnection: m('ActorListConnectionModel'),
          ArticleQuoteEdge: m('ActorListEdgeModel'),
          InvolvementConnection: m('ActorListConnectionModel'),
          InvolvementEdge: m('ActorListEdgeModel'),
          ActorMentionConnection: m('ArticleListConnectionModel'),
          ActorMentionEdge: m('ArticleListEdgeModel'),
          ActorQuoteConnection: m('ArticleListConnectionModel'),
          ActorQuoteEdge: m('ArticleListEdgeModel'),
          CitationConnection: m('ArticleListConnectionModel'),
          CitationEdge: m('ArticleListEdgeModel'),
          NarrativeArticleConnection: m('ArticleListConnectionModel'),
          NarrativeArticleEdge: m('ArticleListEdgeModel'),
          CitedEventConnection: m('EventListConnectionModel'),
          CitedEventEdge: m('EventListEdgeModel'),
          NarrativeUseConnection: m('NarrativeListConnectionModel'),
          NarrativeUseEdge: m('NarrativeListEdgeModel'),
          TextReuseConnection: m('TextReuseConnectionModel'),
          TextReuseEdge: m('TextReuseEdgeModel'),
          SearchResult: m('SearchResultModel'),
          SearchResultEdge: m('SearchResultEdgeModel'),
          SearchResultConnection: m('SearchResultConnectionModel'),
          SavedView: m('SavedViewRow'),
          SavedViewEdge: m('SavedViewEdgeModel'),
          SavedViewConnection: m('SavedViewConnectionModel'),
          IngestedArticle: m('IngestedArticleModel'),
          GraphSlice: m('GraphSliceModel'),
          SliceNode: m('SliceNodeModel'),
          SliceEdge: m('SliceEdgeModel'),
          SliceEvidence: m('EvidenceItem'),
          PathsResult: m('PathsSlice'),
          Timeline: m('TimelineModel'),
          Stats: m('StatsRow'),
          CitationNetwork: citation('CitationNetworkModel'),
          CitationLink: citation('CitationLinkModel'),
          CitationLinkConnection: citation('CitationLinkConnectionModel'),
          CitationLinkEdge: citation('CitationLinkEdgeModel'),
          CitationEvidenceConnection: citation('CitationEvidenceConnectionModel'),
          CitationEvidenceEdge: citation('CitationEvidenceEdgeModel'),
          Watch: watch('WatchRow'),
          WatchEdge: watch('WatchEdgeModel'),
          WatchConnection: watch('WatchConnectionModel'),
          Alert: watch('AlertRow'),
          AlertEdge: watch('AlertEdgeModel'),
          AlertConnection: watch('AlertConnectionModel'),
        },
        scalars: { ID: 'string' },
      },
    },
  },
};
export default config;

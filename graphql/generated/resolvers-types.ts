import type { GraphQLResolveInfo } from 'graphql';
import type { ArticleRow, SourceRow, ActorRow, EventRow, NarrativeRow, EvidenceRow, PageInfoModel, TextRangeModel, ArticleConnectionModel, ArticleEdgeModel, ActorListConnectionModel, ActorListEdgeModel, ArticleListConnectionModel, ArticleListEdgeModel, EventListConnectionModel, EventListEdgeModel, NarrativeListConnectionModel, NarrativeListEdgeModel, TextReuseConnectionModel, TextReuseEdgeModel, SearchResultModel, SearchResultEdgeModel, SearchResultConnectionModel, SavedViewRow, SavedViewEdgeModel, SavedViewConnectionModel, IngestedArticleModel, GraphSliceModel, SliceNodeModel, SliceEdgeModel, EvidenceItem, PathsSlice, NeighborGroupModel, TimelineModel, StatsRow } from '../models/models';
import type { FeedRow, FeedEdgeModel, FeedConnectionModel } from '../models/feed-models';
import type { CitationNetworkModel, CitationLinkModel, CitationLinkConnectionModel, CitationLinkEdgeModel, CitationEvidenceConnectionModel, CitationEvidenceEdgeModel } from '../models/citation-models';
import type { WatchRow, WatchEdgeModel, WatchConnectionModel, AlertRow, AlertEdgeModel, AlertConnectionModel } from '../models/watch-models';
import type { GraphQLContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** A country, organization, person, outlet or group named in articles. */
export type Actor = Node & Outlet & {
  __typename?: 'Actor';
  /** Names the actor appears under. */
  aliases: Array<Scalars['String']['output']>;
  /** The sources whose articles cite this actor as a source, most citations first. */
  citedBy: CitationLinkConnection;
  /** What this outlet cites, through the Source it is the same as (empty when it publishes nothing here). */
  cites: CitationLinkConnection;
  /**
   * Actors most often named in the same articles, with the number of shared articles. For very
   * frequent actors it is computed over at most 20,000 of their articles (a bounded sample).
   */
  coMentions: ActorCountConnection;
  /** Number of relationships of this actor in the whole graph. */
  degree: Scalars['Int']['output'];
  /** Global id `Actor:<kind>:<slug>`. */
  id: Scalars['ID']['output'];
  /** Stable key `<kind>:<slug>`. */
  key: Scalars['String']['output'];
  /** Kind: country, organization, person, outlet or group. */
  kind: Scalars['String']['output'];
  /** Articles naming the actor, newest first. */
  mentionedIn: ActorMentionConnection;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** The actor this one belongs to (a ministry to its country), if any. */
  partOf: Maybe<Actor>;
  /** True when the actor was only inferred as a parent of another one and never named itself. */
  placeholder: Scalars['Boolean']['output'];
  /** Articles quoting the actor or attributing words to it, newest first. */
  quotedIn: ActorQuoteConnection;
};


/** A country, organization, person, outlet or group named in articles. */
export type ActorCitedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/** A country, organization, person, outlet or group named in articles. */
export type ActorCitesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/** A country, organization, person, outlet or group named in articles. */
export type ActorCoMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A country, organization, person, outlet or group named in articles. */
export type ActorMentionedInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A country, organization, person, outlet or group named in articles. */
export type ActorQuotedInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of actors with a count. */
export type ActorCountConnection = {
  __typename?: 'ActorCountConnection';
  /** The actors of this page. */
  edges: Array<ActorCountEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of actors in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An actor with a count of articles. */
export type ActorCountEdge = {
  __typename?: 'ActorCountEdge';
  /** Number of articles counted for the actor (shared articles, or articles of the source). */
  count: Scalars['Int']['output'];
  /** Opaque cursor of this position. */
  cursor: Scalars['String']['output'];
  /** The actor. */
  node: Actor;
};

/** A page of the articles naming an actor. */
export type ActorMentionConnection = {
  __typename?: 'ActorMentionConnection';
  /** The mentions of this page. */
  edges: Array<ActorMentionEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of articles naming the actor. */
  totalCount: Scalars['Int']['output'];
};

/** An article naming the actor. */
export type ActorMentionEdge = {
  __typename?: 'ActorMentionEdge';
  /** How many times the article names the actor. */
  count: Scalars['Int']['output'];
  /** Opaque cursor of this position. */
  cursor: Scalars['String']['output'];
  /** The sentence of the first mention. */
  evidence: Evidence;
  /** The article. */
  node: Article;
};

/** A page of the articles quoting an actor. */
export type ActorQuoteConnection = {
  __typename?: 'ActorQuoteConnection';
  /** The quotes of this page. */
  edges: Array<ActorQuoteEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of quotes of the actor. */
  totalCount: Scalars['Int']['output'];
};

/** Words of the actor in an article. */
export type ActorQuoteEdge = {
  __typename?: 'ActorQuoteEdge';
  /** The cue: said, stated, according to... */
  cue: Scalars['String']['output'];
  /** Opaque cursor of this position. */
  cursor: Scalars['String']['output'];
  /** The sentence holding the quote. */
  evidence: Evidence;
  /** The article. */
  node: Article;
  /** The quoted or attributed words. */
  text: Scalars['String']['output'];
  /** `QUOTES` (verbatim) or `ATTRIBUTES` (reported speech). */
  type: RelationType;
};

/** An alert and its evidence: an article and the span of its text that shows it. */
export type Alert = {
  __typename?: 'Alert';
  /** The evidence article. */
  article: Maybe<Article>;
  /** Global id of the evidence article. */
  articleId: Scalars['ID']['output'];
  /** NARRATIVE_SURGE: mean articles a week over the 8 weeks before. */
  baseline: Maybe<Scalars['Float']['output']>;
  /** NARRATIVE_SURGE: articles in that week. */
  count: Maybe<Scalars['Int']['output']>;
  /** When it was raised (ISO date-time). */
  createdAt: Scalars['String']['output'];
  /** Stable key: the same finding for the same watch is never raised twice. */
  id: Scalars['ID']['output'];
  /** Why it was raised. */
  kind: AlertKind;
  /** Where the evidence sits in the article text. */
  range: TextRange;
  /** The evidence text. */
  sentence: Scalars['String']['output'];
  /** Global id of what it is about: the narrative, the citing source, the matching article. */
  subjectId: Maybe<Scalars['ID']['output']>;
  /** One line saying what is new. */
  title: Scalars['String']['output'];
  /** True when raised after the watch's last reading. */
  unread: Scalars['Boolean']['output'];
  /** Id of the watch that raised it. */
  watchId: Scalars['ID']['output'];
  /** NARRATIVE_SURGE: the week (its Monday). */
  week: Maybe<Scalars['String']['output']>;
  /** NARRATIVE_SURGE: (count − baseline) / max(standard deviation, 1). */
  zScore: Maybe<Scalars['Float']['output']>;
};

/** A page of alerts, newest first. */
export type AlertConnection = {
  __typename?: 'AlertConnection';
  /** The alerts of this page. */
  edges: Array<AlertEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of alerts (since `since`). */
  totalCount: Scalars['Int']['output'];
};

/** An alert in a page. */
export type AlertEdge = {
  __typename?: 'AlertEdge';
  /** Opaque cursor of this position. */
  cursor: Scalars['String']['output'];
  /** The alert. */
  node: Alert;
};

/** Why an alert was raised (docs/watches.md states each rule). */
export type AlertKind =
  /** An article citing or quoting the watched actor. */
  | 'CITATION'
  /** A week's count of the watched narrative at least 2 standard deviations above the 8 weeks before, and at least 3. */
  | 'NARRATIVE_SURGE'
  /** A source citing the watched actor or outlet for the first time. */
  | 'NEW_CITING_OUTLET'
  /** A narrative no earlier article advanced. */
  | 'NEW_NARRATIVE'
  /** An article holding every word of the search. */
  | 'SEARCH_MATCH'
  /** An article sharing a passage with the watched article. */
  | 'TEXT_REUSE';

/** A published article, or a stub known only from another article's related list (`stub: true`). */
export type Article = Node & {
  __typename?: 'Article';
  /** Events the article cites, earliest first, with the citation lag. */
  citedEvents: CitedEventConnection;
  /** Publication date `YYYY-MM-DD`, null when the input had none. */
  date: Maybe<Scalars['String']['output']>;
  /** Number of relationships of this article in the whole graph. */
  degree: Scalars['Int']['output'];
  /** Global id `Article:<key>`. */
  id: Scalars['ID']['output'];
  /** Stable key: normalized URL, else a hash of source, title and date. */
  key: Scalars['String']['output'];
  /** Language code, e.g. `en`. */
  language: Maybe<Scalars['String']['output']>;
  /** Actors the article names, most mentioned first. */
  mentions: ArticleMentionConnection;
  /** Narratives the article advances. */
  narratives: NarrativeUseConnection;
  /** Actors the article quotes or attributes words to, in text order. */
  quotes: ArticleQuoteConnection;
  /** Articles this one lists as related, newest first. */
  related: ArticleConnection;
  /** Later articles that reuse this one's text, in order of publication: where its text reappears. */
  reusedBy: TextReuseConnection;
  /**
   * Earlier articles whose text this one reuses (near-duplicate passages, docs/text-reuse.md),
   * largest overlap first.
   */
  reuses: TextReuseConnection;
  /**
   * Website sections the input filed the article under (kcna-2024's `topic`: `top news`,
   * `external`, ...), lower case. A site's navigation, not a narrative.
   */
  sections: Array<Scalars['String']['output']>;
  /** The source that published the article. */
  source: Maybe<Source>;
  /** True when only the title is known (from a related list), not the article itself. */
  stub: Scalars['Boolean']['output'];
  /** Teaser text of a stub, when its related list gave one. */
  teaser: Maybe<Scalars['String']['output']>;
  /** Body text, paragraphs separated by a blank line (empty for stubs). */
  text: Scalars['String']['output'];
  /** Headline. */
  title: Scalars['String']['output'];
  /** Where the article was published, when known. */
  url: Maybe<Scalars['String']['output']>;
};


/** A published article, or a stub known only from another article's related list (`stub: true`). */
export type ArticleCitedEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A published article, or a stub known only from another article's related list (`stub: true`). */
export type ArticleMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A published article, or a stub known only from another article's related list (`stub: true`). */
export type ArticleNarrativesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A published article, or a stub known only from another article's related list (`stub: true`). */
export type ArticleQuotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A published article, or a stub known only from another article's related list (`stub: true`). */
export type ArticleRelatedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A published article, or a stub known only from another article's related list (`stub: true`). */
export type ArticleReusedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A published article, or a stub known only from another article's related list (`stub: true`). */
export type ArticleReusesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of articles. */
export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  /** The articles of this page. */
  edges: Array<ArticleEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of articles in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An article in a page. */
export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  /** Opaque cursor of this position. */
  cursor: Scalars['String']['output'];
  /** The article. */
  node: Article;
};

/** One article given as fields. */
export type ArticleInput = {
  /** Publication date: `YYYY-MM-DD` or a common written form. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** Language code, e.g. `en`. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Name of the publishing source. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Body text; paragraphs separated by line breaks. */
  text: Scalars['String']['input'];
  /** Headline. */
  title: Scalars['String']['input'];
  /** Where it was published. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A page of the actors an article names. */
export type ArticleMentionConnection = {
  __typename?: 'ArticleMentionConnection';
  /** The mentions of this page. */
  edges: Array<ArticleMentionEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of actors the article names. */
  totalCount: Scalars['Int']['output'];
};

/** An actor named by the article. */
export type ArticleMentionEdge = {
  __typename?: 'ArticleMentionEdge';
  /** How many times the article names the actor. */
  count: Scalars['Int']['output'];
  /** Opaque cursor of this position. */
  cursor: Scalars['String']['output'];
  /** The sentence of the first mention. */
  evidence: Evidence;
  /** The actor. */
  node: Actor;
};

/** A page of the actors an article quotes. */
export type ArticleQuoteConnection = {
  __typename?: 'ArticleQuoteConnection';
  /** The quotes of this page. */
  edges: Array<ArticleQuoteEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of quotes in the article. */
  totalCount: Scalars['Int']['output'];
};

/** Words of an actor in the article. */
export type ArticleQuoteEdge = {
  __typename?: 'ArticleQuoteEdge';
  /** The cue: said, stated, according to... */
  cue: Scalars['String']['output'];
  /** Opaque cursor of this position. */
  cursor: Scalars['String']['output'];
  /** The sentence holding the quote. */
  evidence: Evidence;
  /** The speaker. */
  node: Actor;
  /** The quoted or attributed words. */
  text: Scalars['String']['output'];
  /** `QUOTES` (verbatim) or `ATTRIBUTES` (reported speech). */
  type: RelationType;
};

/** A page of the articles citing an event. */
export type CitationConnection = {
  __typename?: 'CitationConnection';
  /** The citations of this page. */
  edges: Array<CitationEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of citations of the event. */
  totalCount: Scalars['Int']['output'];
};

/** An article citing the event. */
export type CitationEdge = {
  __typename?: 'CitationEdge';
  /** Opaque cursor of this position. */
  cursor: Scalars['String']['output'];
  /** The date phrase as written. */
  dateText: Scalars['String']['output'];
  /** The citing sentence. */
  evidence: Evidence;
  /** Days from the event to the article's publication (null when the article has no date). */
  lagDays: Maybe<Scalars['Int']['output']>;
  /** The citing article. */
  node: Article;
};

/** A page of the citations behind a link. */
export type CitationEvidenceConnection = {
  __typename?: 'CitationEvidenceConnection';
  /** The citations of this page. */
  edges: Array<CitationEvidenceEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of citations behind the link. */
  totalCount: Scalars['Int']['output'];
};

/** One citation: an article citing the outlet in one sentence. */
export type CitationEvidenceEdge = {
  __typename?: 'CitationEvidenceEdge';
  /** Opaque cursor of this position. */
  cursor: Scalars['String']['output'];
  /** The citing sentence. */
  evidence: Evidence;
  /** `quoted`, `reported`, `according-to`, `also-carried` or `statement`. */
  how: Scalars['String']['output'];
  /** The citing article. */
  node: Article;
  /** `endorsing`, `neutral` or `hostile`. */
  stance: Scalars['String']['output'];
};

/** A directed link of the citation network: articles published by `citing` cite `cited` as a source. */
export type CitationLink = {
  __typename?: 'CitationLink';
  /** The cited outlet: its Source when it also publishes here, else the Actor. */
  cited: Outlet;
  /** The publishing source whose articles cite. */
  citing: Source;
  /** Number of citations (one per cited outlet and sentence) under the filters asked for. */
  count: Scalars['Int']['output'];
  /** The citations behind the link, oldest article first, under the same filters. */
  evidence: CitationEvidenceConnection;
  /** Publication date of the earliest citing article, when dated. */
  firstDate: Maybe<Scalars['String']['output']>;
  /** Publication date of the latest citing article, when dated. */
  lastDate: Maybe<Scalars['String']['output']>;
  /** Citations per stance, most first. */
  stances: Array<StanceCount>;
};


/** A directed link of the citation network: articles published by `citing` cite `cited` as a source. */
export type CitationLinkEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of citation links. */
export type CitationLinkConnection = {
  __typename?: 'CitationLinkConnection';
  /** The links of this page. */
  edges: Array<CitationLinkEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of links in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A citation link in a page. */
export type CitationLinkEdge = {
  __typename?: 'CitationLinkEdge';
  /** Opaque cursor of this position. */
  cursor: Scalars['String']['output'];
  /** The link. */
  node: CitationLink;
};

/** The outlet network: the strongest links first, at most `first` of them. */
export type CitationNetwork = {
  __typename?: 'CitationNetwork';
  /**
   * Citations per publication day of the citing articles, under every filter but `from`, `to` and
   * `minCount` (what a time brush over the network can reach), oldest first; undated articles are
   * left out.
   */
  days: Array<DayCount>;
  /** The links, most citations first. */
  edges: Array<CitationLink>;
  /** True when more links met the filters than were returned. */
  truncated: Scalars['Boolean']['output'];
};

/** A page of the events an article cites. */
export type CitedEventConnection = {
  __typename?: 'CitedEventConnection';
  /** The citations of this page. */
  edges: Array<CitedEventEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of citations in the article. */
  totalCount: Scalars['Int']['output'];
};

/** An event cited by the article. */
export type CitedEventEdge = {
  __typename?: 'CitedEventEdge';
  /** Opaque cursor of this position. */
  cursor: Scalars['String']['output'];
  /** The date phrase as written, e.g. `On July 19`. */
  dateText: Scalars['String']['output'];
  /** The citing sentence. */
  evidence: Evidence;
  /** Days from the event to the citing article's publication (null when either date is missing). */
  lagDays: Maybe<Scalars['Int']['output']>;
  /** The event. */
  node: Event;
};

/** What to watch. */
export type CreateWatchInput = {
  /** What it follows. */
  kind: WatchKind;
  /** Name, 1..200 characters. */
  name: Scalars['String']['input'];
  /** SEARCH only: 1 to 8 words, at most 200 characters. */
  query?: InputMaybe<Scalars['String']['input']>;
  /** Global id of the node to follow (not for SEARCH): `Narrative:…`, `Actor:…` or `Article:…`. */
  targetId?: InputMaybe<Scalars['ID']['input']>;
  /** An http(s) URL to POST each alert to, signed (docs/watches.md); private addresses are refused. */
  webhookUrl?: InputMaybe<Scalars['String']['input']>;
};

/** A new watch with its secrets: shown once, store them. */
export type CreateWatchPayload = {
  __typename?: 'CreateWatchPayload';
  /** Secret token for `updateWatch`, `deleteWatch` and `markWatchRead`; only its hash is stored. */
  editToken: Scalars['String']['output'];
  /** The watch. */
  watch: Watch;
  /** Key of the HMAC-SHA256 signature of each webhook delivery (`X-Narragraph-Signature`). */
  webhookSecret: Scalars['String']['output'];
};

/** Citations published on one day. */
export type DayCount = {
  __typename?: 'DayCount';
  /** Number of citations. */
  count: Scalars['Int']['output'];
  /** The day, `YYYY-MM-DD`. */
  date: Scalars['String']['output'];
};

/** Outcome of deleting a view. */
export type DeleteViewPayload = {
  __typename?: 'DeleteViewPayload';
  /** True when it was deleted. */
  deleted: Scalars['Boolean']['output'];
  /** Slug of the deleted view. */
  slug: Scalars['String']['output'];
};

/** Outcome of deleting a watch. */
export type DeleteWatchPayload = {
  __typename?: 'DeleteWatchPayload';
  /** True when it was deleted, with its alerts. */
  deleted: Scalars['Boolean']['output'];
  /** Id of the deleted watch. */
  id: Scalars['ID']['output'];
};

/** Where an alert's webhook delivery stands. */
export type DeliveryState =
  /** The receiver answered 2xx. */
  | 'DELIVERED'
  /** Refused for good (a 4xx, a redirect, a refused address) or still failing after the last round. */
  | 'FAILED'
  /** Every attempt of a round failed with an error that may pass; another round is due at `nextAttemptAt`. */
  | 'PENDING';

/** One evidence sentence of a slice edge, with the edge it belongs to. */
export type EdgeEvidence = {
  __typename?: 'EdgeEvidence';
  /** The edge's id, as the slice gave it. */
  edgeId: Scalars['ID']['output'];
  /** The sentence and where it is from. */
  evidence: SliceEvidence;
};

/** A dated happening cited by one or more articles. */
export type Event = Node & {
  __typename?: 'Event';
  /** Articles citing the event, earliest first, each with its citation lag. */
  citedBy: CitationConnection;
  /** When it happened, `YYYY-MM-DD` (first day of the month or year for coarser precision). */
  date: Scalars['String']['output'];
  /** End of a date range, when the citing text gave one. */
  dateEnd: Maybe<Scalars['String']['output']>;
  /** Number of relationships of this event in the whole graph. */
  degree: Scalars['Int']['output'];
  /** What happened, as the first citing sentence put it. */
  description: Scalars['String']['output'];
  /** Global id `Event:<key>`. */
  id: Scalars['ID']['output'];
  /** Actors taking part in the event. */
  involves: InvolvementConnection;
  /** Stable key. */
  key: Scalars['String']['output'];
  /** Precision of the date: day, month or year. */
  precision: Scalars['String']['output'];
};


/** A dated happening cited by one or more articles. */
export type EventCitedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A dated happening cited by one or more articles. */
export type EventInvolvesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The sentence of an article that justifies an edge of the graph, and who found it. */
export type Evidence = {
  __typename?: 'Evidence';
  /** The article the sentence is from (null when the edge was not read from one article). */
  article: Maybe<Article>;
  /** Confidence of the extractor, 0..1. */
  confidence: Scalars['Float']['output'];
  /** Offset one past the sentence end in the article text. */
  end: Scalars['Int']['output'];
  /** Extractor that produced the edge, e.g. `actors/gazetteer`. */
  extractor: Scalars['String']['output'];
  /** The sentence, as written in the article. */
  sentence: Scalars['String']['output'];
  /** Offset of the sentence start in the article text. */
  start: Scalars['Int']['output'];
};

/**
 * A feed (RSS, Atom or RDF), page or folder the collector polls on a schedule (docs/collect.md). Its
 * entries, articles or files go through the normal ingest.
 */
export type Feed = {
  __typename?: 'Feed';
  /** When it was added (ISO date-time). */
  addedAt: Scalars['String']['output'];
  /** Consecutive failed polls. */
  failures: Scalars['Int']['output'];
  /** Minutes between two polls that answered. */
  intervalMinutes: Scalars['Int']['output'];
  /** Entries rejected over every poll (bad entry, link page failed, not stored). */
  itemsRejected: Scalars['Int']['output'];
  /** Entries read over every poll. */
  itemsSeen: Scalars['Int']['output'];
  /** Articles stored new or changed over every poll. */
  itemsStored: Scalars['Int']['output'];
  /** Its identity: the normalized URL, or the folder's `file:` URL. */
  key: Scalars['String']['output'];
  /** What it is. */
  kind: FeedKind;
  /** The last failure's reason, kept after the feed recovers. */
  lastError: Maybe<Scalars['String']['output']>;
  /** When the last failure happened. */
  lastErrorAt: Maybe<Scalars['String']['output']>;
  /** When it was last polled (ISO date-time). */
  lastFetchAt: Maybe<Scalars['String']['output']>;
  /** HTTP status of the last poll, when it got one. */
  lastHttpStatus: Maybe<Scalars['Int']['output']>;
  /** Articles the last poll stored new. */
  lastNew: Scalars['Int']['output'];
  /** Entries the last poll rejected. */
  lastRejected: Scalars['Int']['output'];
  /** When a poll last answered (200 or 304). */
  lastSuccessAt: Maybe<Scalars['String']['output']>;
  /** Entries the last poll found already stored unchanged. */
  lastUnchanged: Scalars['Int']['output'];
  /** Articles the last poll rewrote with changed content. */
  lastUpdated: Scalars['Int']['output'];
  /** When it is polled next (ISO date-time). */
  nextDueAt: Maybe<Scalars['String']['output']>;
  /** Where it was added: `config` (the config file) or `api`. */
  origin: Scalars['String']['output'];
  /** True when the collector skips it. */
  paused: Scalars['Boolean']['output'];
  /** What the last poll did. */
  status: FeedStatus;
  /** The feed's own title, once polled. */
  title: Maybe<Scalars['String']['output']>;
  /** The feed's or page's URL, or the folder's absolute path. */
  url: Scalars['String']['output'];
};

/** A page of feeds, oldest first. */
export type FeedConnection = {
  __typename?: 'FeedConnection';
  /** The feeds of this page. */
  edges: Array<FeedEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of feeds. */
  totalCount: Scalars['Int']['output'];
};

/** A feed in a page. */
export type FeedEdge = {
  __typename?: 'FeedEdge';
  /** Opaque cursor of this position. */
  cursor: Scalars['String']['output'];
  /** The feed. */
  node: Feed;
};

/** What the collector polls (docs/collect.md). */
export type FeedKind =
  /** An RSS, Atom or RDF feed: each entry is an article. */
  | 'FEED'
  /** A local folder: each file in a format `npm run ingest` reads, ingested once per content. */
  | 'FOLDER'
  /** One web page (HTML, JSON or text): its article(s), stored again only when its content changes. */
  | 'PAGE';

/** What the last poll of a feed did. */
export type FeedStatus =
  /** The poll failed (network, timeout, HTTP error, too large, not a feed, robots.txt); it is retried with backoff. */
  | 'ERROR'
  /** Not polled yet. */
  | 'NEW'
  /** The feed answered 304 Not Modified to a conditional GET. */
  | 'NOT_MODIFIED'
  /** The feed answered with entries (each stored, unchanged or rejected). */
  | 'OK';

/** What a fork is called; everything else is copied from the view it forks. */
export type ForkViewInput = {
  /** Description, at most 2,000 characters; omitted or null keeps the forked view's. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name, 1..200 characters. */
  name: Scalars['String']['input'];
};

/** A bounded piece of the graph. */
export type GraphSlice = {
  __typename?: 'GraphSlice';
  /** Relationships between nodes of the slice. */
  edges: Array<SliceEdge>;
  /** Neighbours not in the slice, grouped (`groupedNeighborhood`, `neighborGroup`; empty elsewhere). */
  groups: Array<NeighborGroup>;
  /** Nodes of the slice. */
  nodes: Array<SliceNode>;
  /** True when a bound (limit, per-node cap, depth) cut the result. */
  truncated: Scalars['Boolean']['output'];
};

/** Which way a group's relationships run, seen from its hub. */
export type GroupDirection =
  /** The hub ends them (`(member)-[:TYPE]->(hub)`). */
  | 'IN'
  /** The hub starts them (`(hub)-[:TYPE]->(member)`). */
  | 'OUT';

/** Liveness and size of the graph: answers only when Neo4j does. */
export type Health = {
  __typename?: 'Health';
  /** Ids of the schema migrations the database has applied. */
  migrations: Array<Scalars['String']['output']>;
  /** Neo4j edition (community or enterprise). */
  neo4jEdition: Scalars['String']['output'];
  /** Neo4j server version, e.g. 5.26.30. */
  neo4jVersion: Scalars['String']['output'];
  /** Number of nodes in the database. */
  nodeCount: Scalars['Int']['output'];
  /** Number of relationships in the database. */
  relationshipCount: Scalars['Int']['output'];
};

/** One page to parse, extract and store. */
export type IngestPageInput = {
  /** How to read `text`. */
  format: PageFormat;
  /** Overrides the source name found in the page. */
  sourceName?: InputMaybe<Scalars['String']['input']>;
  /** The page: text, HTML or one JSON object (at most 90,000 characters). */
  text: Scalars['String']['input'];
  /** Where the page came from (resolves relative links and names the source of HTML pages). */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Outcome of an ingest mutation. */
export type IngestResult = {
  __typename?: 'IngestResult';
  /** Articles stored (created, updated or unchanged). */
  articles: Array<IngestedArticle>;
  /** Inputs that were not stored. */
  rejected: Array<RejectedInput>;
};

/** What storing an article did. */
export type IngestStatus =
  /** It was new. */
  | 'CREATED'
  /** It existed with the same content. */
  | 'UNCHANGED'
  /** It existed with other content and was rewritten. */
  | 'UPDATED';

/** An article that was stored. */
export type IngestedArticle = {
  __typename?: 'IngestedArticle';
  /** Counts of what was extracted. */
  actors: Scalars['Int']['output'];
  /** The stored article. */
  article: Maybe<Article>;
  /** Events cited. */
  events: Scalars['Int']['output'];
  /** Global id of the article. */
  id: Scalars['ID']['output'];
  /** Position of the input (0 for `ingestPage`). */
  index: Scalars['Int']['output'];
  /** Narratives found. */
  narratives: Scalars['Int']['output'];
  /** Quotes found. */
  quotes: Scalars['Int']['output'];
  /** What the write did. */
  status: IngestStatus;
};

/** A page of the actors taking part in an event. */
export type InvolvementConnection = {
  __typename?: 'InvolvementConnection';
  /** The actors of this page. */
  edges: Array<InvolvementEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of actors of the event. */
  totalCount: Scalars['Int']['output'];
};

/** An actor taking part in the event. */
export type InvolvementEdge = {
  __typename?: 'InvolvementEdge';
  /** Opaque cursor of this position. */
  cursor: Scalars['String']['output'];
  /** The sentence naming the actor with the event. */
  evidence: Evidence;
  /** The actor. */
  node: Actor;
};

/** A count of nodes of one kind. */
export type KindCount = {
  __typename?: 'KindCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The kind. */
  kind: NodeKind;
};

/** Distribution of citation lags: days between an event and an article citing it. */
export type LagStats = {
  __typename?: 'LagStats';
  /** Number of citations measured. */
  citations: Scalars['Int']['output'];
  /** Largest lag in days. */
  maxDays: Maybe<Scalars['Int']['output']>;
  /** Mean lag in days. */
  meanDays: Maybe<Scalars['Float']['output']>;
  /** Median lag in days. */
  medianDays: Maybe<Scalars['Float']['output']>;
  /** 90th percentile lag in days. */
  p90Days: Maybe<Scalars['Float']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Adds a feed, page or folder, due at once (write key); `intervalMinutes` defaults to the
   * collector's. A FOLDER's `url` is an absolute path (or `file:` URL) inside
   * `NARRAGRAPH_COLLECT_FOLDER_ROOT`; unset, the API adds no folder. Adding one that exists sets its
   * interval. BAD_USER_INPUT for a URL that is not absolute http(s), a folder outside the root, a
   * URL already collected as another kind, an interval out of range or too many feeds (the message
   * says the bounds).
   */
  addFeed: Feed;
  /** Creates a watch and returns its edit token and webhook secret. */
  createWatch: CreateWatchPayload;
  /**
   * A read token for the watch's Atom feed, for feed readers when reads need a key
   * (`NARRAGRAPH_REQUIRE_READ_KEY=true`): the feed answers `?token=<it>` for this watch only. Shown
   * once, only its hash is stored; a new one replaces (revokes) the last. FORBIDDEN without the edit
   * token.
   */
  createWatchFeedToken: WatchFeedTokenPayload;
  /** Deletes a view; FORBIDDEN without its edit token, NOT_FOUND when it does not exist. */
  deleteView: DeleteViewPayload;
  /** Deletes a watch and its alerts; FORBIDDEN without its edit token, NOT_FOUND when it does not exist. */
  deleteWatch: DeleteWatchPayload;
  /**
   * Copies the view `slug` under a new random slug and returns the copy's edit token: its state,
   * positions, viewport, mode, data version and, for a SNAPSHOT view, its stored elements exactly
   * (nothing is read again from the current graph), with a new name and description. Needs no
   * edit token. NOT_FOUND when there is no such view.
   */
  forkView: SaveViewPayload;
  /** Extracts and stores up to 100 articles in one batch. */
  ingestArticles: IngestResult;
  /** Parses one page, extracts actors, events, quotes and narratives, and stores it. */
  ingestPage: IngestResult;
  /**
   * Marks a watch read up to `at` (ISO date-time, at most now; default now): later alerts are unread.
   * FORBIDDEN without its edit token.
   */
  markWatchRead: Watch;
  /**
   * Pauses a feed, page or folder, or resumes it with `paused: false` (write key). NOT_FOUND when
   * there is none.
   */
  pauseFeed: Feed;
  /**
   * Removes a feed, page or folder (its path or `file:` URL) (write key); the articles it stored
   * stay. NOT_FOUND when there is none.
   */
  removeFeed: RemoveFeedPayload;
  /** Revokes the Atom feed's read token. FORBIDDEN without the edit token. */
  revokeWatchFeedToken: Watch;
  /** Saves a view under a new random slug and returns its edit token. */
  saveView: SaveViewPayload;
  /** Replaces a view; FORBIDDEN without its edit token, NOT_FOUND when it does not exist. */
  updateView: SavedView;
  /** Changes a watch; FORBIDDEN without its edit token, NOT_FOUND when it does not exist. */
  updateWatch: Watch;
};


export type MutationAddFeedArgs = {
  intervalMinutes?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<FeedKind>;
  url: Scalars['String']['input'];
};


export type MutationCreateWatchArgs = {
  input: CreateWatchInput;
};


export type MutationCreateWatchFeedTokenArgs = {
  editToken: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationDeleteViewArgs = {
  editToken: Scalars['String']['input'];
  slug: Scalars['String']['input'];
};


export type MutationDeleteWatchArgs = {
  editToken: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationForkViewArgs = {
  input: ForkViewInput;
  slug: Scalars['String']['input'];
};


export type MutationIngestArticlesArgs = {
  articles: Array<ArticleInput>;
};


export type MutationIngestPageArgs = {
  input: IngestPageInput;
};


export type MutationMarkWatchReadArgs = {
  at?: InputMaybe<Scalars['String']['input']>;
  editToken: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationPauseFeedArgs = {
  paused?: InputMaybe<Scalars['Boolean']['input']>;
  url: Scalars['String']['input'];
};


export type MutationRemoveFeedArgs = {
  url: Scalars['String']['input'];
};


export type MutationRevokeWatchFeedTokenArgs = {
  editToken: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSaveViewArgs = {
  input: SaveViewInput;
};


export type MutationUpdateViewArgs = {
  editToken: Scalars['String']['input'];
  input: SaveViewInput;
  slug: Scalars['String']['input'];
};


export type MutationUpdateWatchArgs = {
  editToken: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  input: UpdateWatchInput;
};

/** A recurring slogan or theme advanced by articles. */
export type Narrative = Node & {
  __typename?: 'Narrative';
  /** Articles advancing the narrative, earliest first. */
  articles: NarrativeArticleConnection;
  /** Number of relationships of this narrative in the whole graph. */
  degree: Scalars['Int']['output'];
  /** Publication date of the earliest dated article advancing it. */
  firstSeen: Maybe<Scalars['String']['output']>;
  /** Global id `Narrative:<key>`. */
  id: Scalars['ID']['output'];
  /** Stable key: slug of the phrase. */
  key: Scalars['String']['output'];
  /** `slogan` for quoted epithets; `theme` for topic labels (website sections are now `Article.sections`, not narratives). */
  kind: Scalars['String']['output'];
  /** The phrase, normalized (lower case). */
  label: Scalars['String']['output'];
};


/** A recurring slogan or theme advanced by articles. */
export type NarrativeArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of the articles advancing a narrative. */
export type NarrativeArticleConnection = {
  __typename?: 'NarrativeArticleConnection';
  /** The articles of this page. */
  edges: Array<NarrativeArticleEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of articles advancing the narrative. */
  totalCount: Scalars['Int']['output'];
};

/** An article advancing the narrative. */
export type NarrativeArticleEdge = {
  __typename?: 'NarrativeArticleEdge';
  /** Opaque cursor of this position. */
  cursor: Scalars['String']['output'];
  /** The sentence using it. */
  evidence: Evidence;
  /** The article. */
  node: Article;
};

/** A step of a narrative's spread: `to` used it after `from` did. */
export type NarrativeChainLink = {
  __typename?: 'NarrativeChainLink';
  /** The source that used it earlier. */
  from: Source;
  /** First use by `from`. */
  fromDate: Maybe<Scalars['String']['output']>;
  /** Days between the two first uses. */
  lagDays: Maybe<Scalars['Int']['output']>;
  /** The source that used it next. */
  to: Source;
  /** First use by `to`. */
  toDate: Maybe<Scalars['String']['output']>;
};

/** How one source took up a narrative. */
export type NarrativeSourceUse = {
  __typename?: 'NarrativeSourceUse';
  /** Number of its articles advancing the narrative. */
  count: Scalars['Int']['output'];
  /** Its first article advancing the narrative. */
  firstArticle: Article;
  /** Date of its first article advancing the narrative. */
  firstDate: Maybe<Scalars['String']['output']>;
  /** The source. */
  source: Source;
};

/** A narrative's first appearance and its spread across sources and time. */
export type NarrativeSpread = {
  __typename?: 'NarrativeSpread';
  /** Articles advancing it per month (publication clock). */
  buckets: Array<TimelineBucket>;
  /** Sources in order of first use, each linked to the next. */
  chain: Array<NarrativeChainLink>;
  /** The earliest dated article advancing it. */
  firstArticle: Maybe<Article>;
  /** Date of that article. */
  firstDate: Maybe<Scalars['String']['output']>;
  /** Source of that article. */
  firstSource: Maybe<Source>;
  /** The narrative. */
  narrative: Narrative;
  /** Each source using it, in order of first use. */
  sources: Array<NarrativeSourceUse>;
  /** Number of articles advancing it. */
  totalArticles: Scalars['Int']['output'];
};

/** A page of the narratives an article advances. */
export type NarrativeUseConnection = {
  __typename?: 'NarrativeUseConnection';
  /** The narratives of this page. */
  edges: Array<NarrativeUseEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of narratives the article advances. */
  totalCount: Scalars['Int']['output'];
};

/** A narrative advanced by the article. */
export type NarrativeUseEdge = {
  __typename?: 'NarrativeUseEdge';
  /** Opaque cursor of this position. */
  cursor: Scalars['String']['output'];
  /** The sentence using it. */
  evidence: Evidence;
  /** The narrative. */
  node: Narrative;
};

/**
 * A hub's neighbours that one relation type, direction and kind share ("188 articles mention"),
 * beyond those the slice holds. Open it page by page with `neighborGroup`.
 */
export type NeighborGroup = {
  __typename?: 'NeighborGroup';
  /** Distinct members (within the date window of `neighborGroup`, when one is given). */
  count: Scalars['Int']['output'];
  /** Which way they run. */
  direction: GroupDirection;
  /**
   * Set when the read keeps this group out of the 20 it draws on their own (the nearest hops'
   * groups first, then the biggest): the id of the one "N more groups" node
   * (`group:more:<hash>:<first seed id>`) that stands for all such groups of the read. Null for a
   * group drawn on its own.
   */
  folded: Maybe<Scalars['ID']['output']>;
  /** Global id of the hub. */
  hub: Scalars['ID']['output'];
  /** `group:<TYPE>:<out|in>:<Kind>:<hub id>`: what `neighborGroup(id:)` takes. */
  id: Scalars['ID']['output'];
  /** Kind of the members. */
  kind: NodeKind;
  /** Relation type of the group's relationships. */
  relationType: RelationType;
  /** How many of them the slice holds: always the strongest of the group. */
  shown: Scalars['Int']['output'];
};

/** Anything with a global id `<Kind>:<key>` (e.g. `Actor:country:united-states`) that `node(id)` can refetch. */
export type Node = {
  /** Global id: `<Kind>:<key>`, stable across ingests. */
  id: Scalars['ID']['output'];
};

/** Kinds of nodes: `Article`, `Source`, `Actor`, `Event`, `Narrative`. */
export type NodeKind =
  /** A country, organization, person, outlet or group named in articles. */
  | 'Actor'
  /** A published article (or a stub only known from a related-articles list). */
  | 'Article'
  /** A dated happening cited by articles. */
  | 'Event'
  /** A recurring slogan or theme. */
  | 'Narrative'
  /** An outlet or publisher. */
  | 'Source';

/**
 * An outlet of the citation network: a Source that publishes articles here, or an Actor that
 * articles cite as a source. An outlet that does both (KCNA, Rodong Sinmun) is one node, its
 * Source, linked to the cited Actor by `SAME_AS`; its Source and its Actor answer `cites` and
 * `citedBy` alike.
 */
export type Outlet = {
  /** The sources whose articles cite it, most citations first; `from`/`to` as for `cites`. */
  citedBy: CitationLinkConnection;
  /**
   * The outlets its articles cite, most citations first; `from`/`to` (inclusive `YYYY-MM-DD`)
   * bound the citing articles' dates.
   */
  cites: CitationLinkConnection;
  /** Global id: `Source:<key>` or `Actor:<kind>:<slug>`. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
};


/**
 * An outlet of the citation network: a Source that publishes articles here, or an Actor that
 * articles cite as a source. An outlet that does both (KCNA, Rodong Sinmun) is one node, its
 * Source, linked to the cited Actor by `SAME_AS`; its Source and its Actor answer `cites` and
 * `citedBy` alike.
 */
export type OutletCitedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/**
 * An outlet of the citation network: a Source that publishes articles here, or an Actor that
 * articles cite as a source. An outlet that does both (KCNA, Rodong Sinmun) is one node, its
 * Source, linked to the cited Actor by `SAME_AS`; its Source and its Actor answer `cites` and
 * `citedBy` alike.
 */
export type OutletCitesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};

/** Layout of a page given to `ingestPage`. */
export type PageFormat =
  /** An HTML article page. */
  | 'HTML'
  /** One JSON record (generic `{title, date, source, url, text, language}`, kcna-2024 or kcna-2011). */
  | 'JSON_RECORD'
  /** A page copied as text in the KCNA Watch layout (`Date: DD/MM/YYYY | Source: ...` line). */
  | 'PAGE_TEXT';

/** Relay page information of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Opaque cursor of the last edge of this page, null on an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when a later page exists (ask again with `after: endCursor`). */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page does not start at the first item. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Opaque cursor of the first edge of this page, null on an empty page. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** Paths between two nodes, with the slice they span. */
export type PathsResult = {
  __typename?: 'PathsResult';
  /** Every relationship on any of the paths. */
  edges: Array<SliceEdge>;
  /** Every node on any of the paths. */
  nodes: Array<SliceNode>;
  /** Each path as the global ids of its nodes, from `from` to `to`, shortest first. */
  paths: Array<Array<Scalars['ID']['output']>>;
  /** True when more paths may exist than were returned. */
  truncated: Scalars['Boolean']['output'];
  /** Why the paths are incomplete; null exactly when `truncated` is false. */
  truncatedBy: Maybe<PathsTruncation>;
};

/** Why a paths answer is incomplete. */
export type PathsTruncation =
  /** More paths exist than `limit`, or routes through nodes of those returned were not searched. */
  | 'MORE_PATHS'
  /**
   * The search left part of the graph out, so other paths may exist: it meets hubs (nodes with very
   * many relationships of the types followed) but never walks through them, and it reads a bounded
   * number of relationships per level (docs/explorer.md, "How paths are found"). Restricting
   * `relationTypes` makes fewer nodes hubs.
   */
  | 'SEARCH_BOUND'
  /**
   * A search stopped at its time budget (ends far apart in a dense graph): the paths found by then
   * are returned, possibly none, and shorter or other ones may exist. Lowering `maxHops` or
   * restricting `relationTypes` makes the search smaller.
   */
  | 'TIME_BUDGET';

export type Query = {
  __typename?: 'Query';
  /** A watch's alerts, newest first; `since` (ISO date-time) keeps those raised after it. */
  alerts: AlertConnection;
  /**
   * The directed outlet network: which publishing sources cite which outlets, how often, when and
   * with what stance. `from`/`to` (inclusive `YYYY-MM-DD`) bound the citing articles' dates,
   * `sources` (Source global ids, at most 100) the citing sources, `stance` the citations' stances,
   * `cited` the cited outlets (Source or Actor global ids, at most 100; a Source stands for the
   * outlet it is the same as), `sections` the citing articles' website sections (at most 20); links
   * with fewer than `minCount`
   * citations (1..1,000,000) are left out. At most `first` links (1..100), strongest first.
   */
  citationNetwork: CitationNetwork;
  /**
   * The evidence sentences of slice edges, by their ids (1..100; unknown ids give nothing), in the
   * order of `ids`, at most `first` (1..100, default 25) in all: what an inspector shows for the
   * edges it describes, fetched when it shows them.
   */
  edgeEvidence: Array<EdgeEvidence>;
  /** The collected feeds with their state, oldest first. */
  feeds: FeedConnection;
  /**
   * The direct neighbourhood of 1..100 nodes, readable around hubs: a node with at most 60
   * neighbour links comes with all of them (up to 600 links for all the ids together, smallest
   * first); a bigger one with its strongest neighbours (heaviest
   * link, then most recent, then key) and `groups` for the rest, by relation type, direction and
   * kind. The `limit` (1..100, default 40) neighbours kept are shared among the seeds, and each
   * seed's share among its groups, so one large group does not crowd out the others. At most
   * 20,000 relationships are read for all the ids (shared evenly, at least 60 each; `truncated`
   * when a share is reached: counts are then lower bounds). At most 20 groups stand alone; the
   * rest carry `folded`. Unknown ids are ignored; NOT_FOUND when none exists. With `depth` 2 or 3, each
   * further hop does the same around the neighbours kept by the hop before (none of them comes
   * whole), the `limit` is shared evenly by the hops, and a hop's hubs share one scan cap.
   */
  groupedNeighborhood: GraphSlice;
  /** Server and graph health. */
  health: Health;
  /** First appearance and spread of a narrative (global id). NOT_FOUND when it does not exist. */
  narrativeSpread: NarrativeSpread;
  /**
   * One page of a group's members, strongest first, with the hub and the relations among them:
   * `first` (1..100, default 25) members from `offset` (0..10,000). `from`/`to` (inclusive
   * `YYYY-MM-DD`) keep only articles published in that window (other kinds are not dated by
   * publication); the group's `count` is then the window's. NOT_FOUND for an unknown hub.
   */
  neighborGroup: GraphSlice;
  /**
   * The neighbourhood of the given nodes, expanded breadth-first up to `depth` hops (1..3), keeping
   * the strongest links first so hubs do not explode, at most `limit` nodes (1..500, default 200).
   * `relationTypes` and `nodeKinds` restrict what is followed and kept; `sources` (Source global
   * ids) and `from`/`to` (inclusive `YYYY-MM-DD`) restrict which articles are kept. Unknown ids are
   * ignored; NOT_FOUND when none exists.
   */
  neighborhood: GraphSlice;
  /** Refetches any node by its global id; null when it does not exist. A malformed id is BAD_USER_INPUT. */
  node: Maybe<Node>;
  /** Refetches up to 100 nodes by global id, in order; null for each one that does not exist. */
  nodes: Array<Maybe<Node>>;
  /**
   * Shortest paths between two nodes, then longer alternatives, up to `maxHops` (1..6, default 4)
   * and `limit` paths (1..10, default 3). `relationTypes` restricts the relationships walked.
   */
  paths: PathsResult;
  /** A saved view by slug; null when there is none. */
  savedView: Maybe<SavedView>;
  /** Saved views, newest first; `query` searches names and descriptions. */
  savedViews: SavedViewConnection;
  /**
   * Full-text search over titles, names, aliases, labels, event descriptions and article text, best
   * first. The query is plain words (no Lucene syntax: special characters are matched literally);
   * the last word also matches as a prefix. `kinds` keeps only those node kinds (Article, Source,
   * Actor, Event, Narrative); `sources` (Source global ids) keeps only articles they published;
   * `from`/`to` (inclusive `YYYY-MM-DD`) bound article and event dates.
   */
  search: SearchResultConnection;
  /** Counts per kind and relation type, date range and data version. */
  stats: Stats;
  /** Articles published and events cited per bucket, with citation lags. */
  timeline: Timeline;
  /** A watch by id; null when there is none. */
  watch: Maybe<Watch>;
  /** Watches, newest first. */
  watches: WatchConnection;
};


export type QueryAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
  watchId: Scalars['ID']['input'];
};


export type QueryCitationNetworkArgs = {
  cited?: InputMaybe<Array<Scalars['ID']['input']>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  minCount?: InputMaybe<Scalars['Int']['input']>;
  sections?: InputMaybe<Array<Scalars['String']['input']>>;
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
  stance?: InputMaybe<Array<Scalars['String']['input']>>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryEdgeEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  ids: Array<Scalars['ID']['input']>;
};


export type QueryFeedsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryGroupedNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  ids: Array<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNarrativeSpreadArgs = {
  bucket?: InputMaybe<TimeBucket>;
  id: Scalars['ID']['input'];
};


export type QueryNeighborGroupArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  ids: Array<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  nodeKinds?: InputMaybe<Array<Scalars['String']['input']>>;
  relationTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryPathsArgs = {
  from: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  relationTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  to: Scalars['ID']['input'];
};


export type QuerySavedViewArgs = {
  slug: Scalars['String']['input'];
};


export type QuerySavedViewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  query: Scalars['String']['input'];
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTimelineArgs = {
  bucket?: InputMaybe<TimeBucket>;
  filter?: InputMaybe<TimelineFilter>;
};


export type QueryWatchArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An input that was not stored, and why. */
export type RejectedInput = {
  __typename?: 'RejectedInput';
  /** Position of the input (0 for `ingestPage`). */
  index: Scalars['Int']['output'];
  /** Why it was rejected (parse error, missing title, empty text, write failure). */
  reason: Scalars['String']['output'];
};

/** A count of relationships of one type. */
export type RelationCount = {
  __typename?: 'RelationCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The type. */
  type: RelationType;
};

/** Kinds of relationships of the graph. */
export type RelationType =
  /** Article to a Narrative it advances. */
  | 'ADVANCES'
  /** Article to an Actor it attributes reported speech to. */
  | 'ATTRIBUTES'
  /** Article to an Event it cites. */
  | 'CITES'
  /** Article to an outlet (an Actor) it cites as a source, with `how` and `stance`. */
  | 'CITES_SOURCE'
  /** Event to an Actor taking part in it. */
  | 'INVOLVES'
  /** Article to an Actor it names. */
  | 'MENTIONS'
  /** Actor to the Actor it belongs to (a ministry to its country). */
  | 'PART_OF'
  /** Article to the Source that published it. */
  | 'PUBLISHED_BY'
  /** Article to an Actor it quotes verbatim. */
  | 'QUOTES'
  /** Article to another Article it lists as related. */
  | 'RELATED_TO'
  /** Article to an earlier Article whose text it reuses (near-duplicate passages). */
  | 'REUSES'
  /** Source to the Actor that is the same outlet when other articles cite it. */
  | 'SAME_AS';

/** Outcome of removing a feed. */
export type RemoveFeedPayload = {
  __typename?: 'RemoveFeedPayload';
  /** The feed's key. */
  key: Scalars['String']['output'];
  /** True when it was removed. */
  removed: Scalars['Boolean']['output'];
};

/** One reused passage, where it sits in each of the two articles. */
export type ReusedPassage = {
  __typename?: 'ReusedPassage';
  /** The passage in the article whose text is reused (the earlier one). */
  reused: TextSpan;
  /** The passage in the article that reuses it (the later one). */
  reusing: TextSpan;
};

/** What to save. */
export type SaveViewInput = {
  /** The `stats.dataVersion` the view was made on. */
  dataVersion?: InputMaybe<Scalars['String']['input']>;
  /** Description, at most 2,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** LIVE or SNAPSHOT. */
  mode: ViewMode;
  /** Name, 1..200 characters. */
  name: Scalars['String']['input'];
  /** JSON object of node positions, at most 64 kB. */
  positions: Scalars['String']['input'];
  /** Opaque explorer state, at most 20 kB (UTF-8). */
  state: Scalars['String']['input'];
  /** JSON object of the viewport, at most 2 kB. */
  viewport: Scalars['String']['input'];
};

/** A saved view with the secret that allows changing it: shown once, store it. */
export type SaveViewPayload = {
  __typename?: 'SaveViewPayload';
  /** Secret token for `updateView` and `deleteView`; only its hash is stored. */
  editToken: Scalars['String']['output'];
  /** Its slug (same as `view.slug`). */
  slug: Scalars['String']['output'];
  /** The saved view. */
  view: SavedView;
};

/** An exploration saved under an unguessable link. */
export type SavedView = {
  __typename?: 'SavedView';
  /** When it was saved (ISO date-time). */
  createdAt: Scalars['String']['output'];
  /**
   * The graph's `stats.dataVersion` when saved: as the client sent it for live views, the version
   * its stored elements were read at for snapshots.
   */
  dataVersion: Maybe<Scalars['String']['output']>;
  /** Description given by its author. */
  description: Scalars['String']['output'];
  /** LIVE or SNAPSHOT. */
  mode: ViewMode;
  /** Name given by its author. */
  name: Scalars['String']['output'];
  /** Number of positioned nodes. */
  nodeCount: Scalars['Int']['output'];
  /** JSON object of node positions `{ [id]: {x, y} }`. */
  positions: Scalars['String']['output'];
  /** Slug of the link `/v/<slug>`. */
  slug: Scalars['String']['output'];
  /**
   * What a SNAPSHOT view shows: the nodes, edges and evidence stored when it was saved (or copied
   * by `forkView`), as they were then, whatever the graph holds now; the explorer applies the
   * state's filters and hides to it. Null for LIVE views, and for snapshots saved before views
   * stored their elements. Its cost is that of a `neighborhood` of 500 nodes.
   */
  snapshot: Maybe<GraphSlice>;
  /** Opaque explorer state (the `?s=` codec), at most 20 kB. */
  state: Scalars['String']['output'];
  /** When it was last changed (ISO date-time). */
  updatedAt: Scalars['String']['output'];
  /** JSON of the viewport `{ zoom, pan: {x, y} }`. */
  viewport: Scalars['String']['output'];
};

/** A page of saved views, newest first. */
export type SavedViewConnection = {
  __typename?: 'SavedViewConnection';
  /** The views of this page. */
  edges: Array<SavedViewEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of saved views. */
  totalCount: Scalars['Int']['output'];
};

/** A saved view in a page. */
export type SavedViewEdge = {
  __typename?: 'SavedViewEdge';
  /** Opaque cursor of this position. */
  cursor: Scalars['String']['output'];
  /** The view. */
  node: SavedView;
};

/** A node found by full-text search, with a snippet of the text that matched. */
export type SearchResult = {
  __typename?: 'SearchResult';
  /** Article publication date or event date, when the node has one. */
  date: Maybe<Scalars['String']['output']>;
  /** Ranges of `snippet` that match the query terms. */
  highlights: Array<TextRange>;
  /** Global id of the matched node. */
  id: Scalars['ID']['output'];
  /** Kind of the matched node. */
  kind: NodeKind;
  /** Display label: title, name, phrase or event description. */
  label: Scalars['String']['output'];
  /** The matched node itself. */
  node: Node;
  /**
   * Relevance score (higher is better) within the hit's tier: the phrase, all words, or the last word
   * as a prefix (docs/api.md#search). Results come best tier first, so compare scores only within one.
   */
  score: Scalars['Float']['output'];
  /**
   * Plain-text window (about 160 characters) of the field that matched, without markup; render the
   * `highlights` ranges as marks yourself.
   */
  snippet: Maybe<Scalars['String']['output']>;
  /** Actor kind, narrative kind or event precision; `stub` for stub articles. */
  subtype: Maybe<Scalars['String']['output']>;
};

/** A page of search results, best first. */
export type SearchResultConnection = {
  __typename?: 'SearchResultConnection';
  /** The results of this page. */
  edges: Array<SearchResultEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /**
   * Number of results in all pages, counted up to a bound (docs/api.md#search): a common word
   * matches much of the index, and pages end at the offset bound anyway.
   */
  totalCount: Scalars['Int']['output'];
  /** True when there are more results than `totalCount`, which is then the bound. */
  totalCountCapped: Scalars['Boolean']['output'];
};

/** A search result in a page. */
export type SearchResultEdge = {
  __typename?: 'SearchResultEdge';
  /** Opaque cursor of this position. */
  cursor: Scalars['String']['output'];
  /** The result. */
  node: SearchResult;
};

/** A relationship of a graph slice. */
export type SliceEdge = {
  __typename?: 'SliceEdge';
  /**
   * Sentences that justify the edge. Selecting them for every edge of a large slice makes the
   * answer several times larger: clients that show them one edge at a time select `evidenceCount`
   * here and ask `edgeEvidence` for the edges they show.
   */
  evidence: Array<SliceEvidence>;
  /** Number of sentences that justify the edge (fetch them with `edgeEvidence`). */
  evidenceCount: Scalars['Int']['output'];
  /** Stable id: `<type>:<sourceId>-><targetId>[:<qualifier>]`. */
  id: Scalars['ID']['output'];
  /**
   * What tells apart edges of one type between the same two nodes (CITES' local key, a quote's
   * key), the part of `id` after the target; null when the id has none.
   */
  qualifier: Maybe<Scalars['String']['output']>;
  /** The quoted words for QUOTES and ATTRIBUTES. */
  quote: Maybe<Scalars['String']['output']>;
  /** Global id of the start node. */
  source: Scalars['ID']['output'];
  /**
   * Position of the start node in the `nodes` list of the same answer: with `targetIndex`, `type` and
   * `qualifier`, what a client needs to rebuild `id`, `source` and `target` itself (a large slice's
   * edges are then a third of the bytes). Null when the node is not in that list.
   */
  sourceIndex: Maybe<Scalars['Int']['output']>;
  /** Global id of the end node. */
  target: Scalars['ID']['output'];
  /** Position of the end node in the `nodes` list of the same answer (see `sourceIndex`). */
  targetIndex: Maybe<Scalars['Int']['output']>;
  /** Relationship type. */
  type: RelationType;
  /** Strength: mention count for MENTIONS, else 1. */
  weight: Scalars['Float']['output'];
};

/** One piece of evidence of a slice edge, flattened for drawing. */
export type SliceEvidence = {
  __typename?: 'SliceEvidence';
  /** Global id of the article the sentence is from. */
  articleId: Scalars['ID']['output'];
  /** Title of that article. */
  articleTitle: Scalars['String']['output'];
  /** Confidence, 0..1. */
  confidence: Scalars['Float']['output'];
  /** Offset one past the sentence end. */
  end: Scalars['Int']['output'];
  /** Extractor that produced the edge. */
  extractor: Scalars['String']['output'];
  /** The sentence that justifies the edge. */
  sentence: Scalars['String']['output'];
  /** Offset of the sentence start in the article text. */
  start: Scalars['Int']['output'];
};

/** A node of a graph slice, as the explorer draws it. */
export type SliceNode = {
  __typename?: 'SliceNode';
  /** Article publication date or event date, when the node has one. */
  date: Maybe<Scalars['String']['output']>;
  /** Number of relationships in the whole graph (not only in this slice). */
  degree: Scalars['Int']['output'];
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Kind of node. */
  kind: NodeKind;
  /** Short display label (title, name, phrase or event description). */
  label: Scalars['String']['output'];
  /** Actor kind, narrative kind or event precision; `stub` for stub articles. */
  subtype: Maybe<Scalars['String']['output']>;
};

/** An outlet or publisher. */
export type Source = Node & Outlet & {
  __typename?: 'Source';
  /** Articles the source published, newest first, optionally within dates (inclusive `YYYY-MM-DD`). */
  articles: ArticleConnection;
  /** The sources whose articles cite this outlet, most citations first. */
  citedBy: CitationLinkConnection;
  /**
   * The outlets this source's articles cite, most citations first; `from`/`to` (inclusive
   * `YYYY-MM-DD`) bound the citing articles' dates.
   */
  cites: CitationLinkConnection;
  /** Global id `Source:<key>`. */
  id: Scalars['ID']['output'];
  /** Stable key: slug of the name. */
  key: Scalars['String']['output'];
  /** Display name, e.g. `Ministry of Foreign Affairs (EN)`. */
  name: Scalars['String']['output'];
  /** Actors its articles name most often, with the number of its articles naming each (over at most 20,000 of its articles). */
  topActors: ActorCountConnection;
};


/** An outlet or publisher. */
export type SourceArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/** An outlet or publisher. */
export type SourceCitedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/** An outlet or publisher. */
export type SourceCitesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/** An outlet or publisher. */
export type SourceTopActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How many citations of a link have one stance. */
export type StanceCount = {
  __typename?: 'StanceCount';
  /** Number of citations. */
  count: Scalars['Int']['output'];
  /** `endorsing`, `neutral` or `hostile`. */
  stance: Scalars['String']['output'];
};

/** Size and span of the graph. */
export type Stats = {
  __typename?: 'Stats';
  /** Stored (non-stub) articles. */
  articles: Scalars['Int']['output'];
  /**
   * Changes whenever articles are added or rewritten (article count and latest ingest time): a live
   * saved view compares it with the one it was saved at.
   */
  dataVersion: Scalars['String']['output'];
  /** Earliest article publication date. */
  firstDate: Maybe<Scalars['String']['output']>;
  /** Latest article publication date. */
  lastDate: Maybe<Scalars['String']['output']>;
  /** Nodes per kind (stub articles included in Article). */
  nodes: Array<KindCount>;
  /** Relationships per type. */
  relations: Array<RelationCount>;
  /** Stub articles. */
  stubArticles: Scalars['Int']['output'];
};

/** A character range `[start, end)` in a string (UTF-16 code units, as JavaScript indexes strings). */
export type TextRange = {
  __typename?: 'TextRange';
  /** Offset one past the last character. */
  end: Scalars['Int']['output'];
  /** Offset of the first character. */
  start: Scalars['Int']['output'];
};

/** A page of text reuse between articles. */
export type TextReuseConnection = {
  __typename?: 'TextReuseConnection';
  /** The reuse links of this page. */
  edges: Array<TextReuseEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of reuse links in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Text shared by two articles: the reusing one (published later) and the reused one (earlier). */
export type TextReuseEdge = {
  __typename?: 'TextReuseEdge';
  /** Opaque cursor of this position. */
  cursor: Scalars['String']['output'];
  /** The article at the other end. */
  node: Article;
  /**
   * Share of the reusing article's distinct 5-word shingles (words lower-cased, punctuation dropped)
   * that also occur in the reused article, 0..1: 1 when all of its text is found there.
   */
  overlap: Scalars['Float']['output'];
  /** The reused passages (the longest few), in their order in the reusing article. */
  passages: Array<ReusedPassage>;
  /** Words of the reusing article inside the reused passages. */
  words: Scalars['Int']['output'];
};

/** A stretch of an article's text. */
export type TextSpan = {
  __typename?: 'TextSpan';
  /** Offset one past the last character. */
  end: Scalars['Int']['output'];
  /** Offset of the first character in the article text. */
  start: Scalars['Int']['output'];
  /** The text between the two offsets. */
  text: Scalars['String']['output'];
};

/** Width of a time bucket. */
export type TimeBucket =
  /** One calendar day. */
  | 'DAY'
  /** One calendar month. */
  | 'MONTH'
  /** One ISO week, starting on Monday. */
  | 'WEEK'
  /** One calendar year. */
  | 'YEAR';

/** Articles and cited events over time. */
export type Timeline = {
  __typename?: 'Timeline';
  /** Bucket width. */
  bucket: TimeBucket;
  /** Buckets in time order; only buckets with articles or events. */
  buckets: Array<TimelineBucket>;
  /** Citation lags of all filtered articles. */
  lag: LagStats;
  /** Number of filtered articles. */
  totalArticles: Scalars['Int']['output'];
};

/**
 * One time bucket of a timeline, on two clocks: when articles were published and when the events
 * they cite happened.
 */
export type TimelineBucket = {
  __typename?: 'TimelineBucket';
  /** Filtered articles published in the bucket. */
  articles: Scalars['Int']['output'];
  /** Distinct events that happened in the bucket and are cited by the filtered articles. */
  citedEvents: Scalars['Int']['output'];
  /** Median citation lag (days) of the citations made by articles published in the bucket. */
  medianLagDays: Maybe<Scalars['Float']['output']>;
  /** First day of the bucket, `YYYY-MM-DD`. */
  start: Scalars['String']['output'];
};

/** Which articles a timeline or spread counts. */
export type TimelineFilter = {
  /** Inclusive lower bound on publication date, `YYYY-MM-DD`. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Count only articles linked to any of these nodes (or being one of them), by global id. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Count only articles linked to at least one node of these kinds (Source, Actor, Event, Narrative). */
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Count only articles advancing this narrative (global id). */
  narrative?: InputMaybe<Scalars['ID']['input']>;
  /** Count only articles published by these sources (global ids). */
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Inclusive upper bound on publication date, `YYYY-MM-DD`. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** What `updateWatch` changes; an omitted field stays as it is. */
export type UpdateWatchInput = {
  /** Name, 1..200 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** SEARCH only: the new words. */
  query?: InputMaybe<Scalars['String']['input']>;
  /** A new webhook URL; an empty string removes the webhook. */
  webhookUrl?: InputMaybe<Scalars['String']['input']>;
};

/** Whether a saved view replays against the live graph or shows what was saved. */
export type ViewMode =
  /** Replay the saved exploration steps against the current graph. */
  | 'LIVE'
  /** Show the elements (nodes, edges, evidence) stored when it was saved, at most 1 MB. */
  | 'SNAPSHOT';

/**
 * Something an analyst follows; ingest raises its alerts. Changing it needs the edit token given
 * once by `createWatch`.
 */
export type Watch = {
  __typename?: 'Watch';
  /** When it was created (ISO date-time). */
  createdAt: Scalars['String']['output'];
  /** True when its Atom feed has a read token (`createWatchFeedToken`). */
  hasFeedToken: Scalars['Boolean']['output'];
  /** True when alerts are also POSTed to a webhook (its URL is never shown). */
  hasWebhook: Scalars['Boolean']['output'];
  /** Random id; its Atom feed is `/feeds/watches/<id>.atom`. */
  id: Scalars['ID']['output'];
  /** What it follows. */
  kind: WatchKind;
  /** The webhook's last delivery round (null before the first, and without a webhook). */
  lastDelivery: Maybe<WebhookDelivery>;
  /** When it was last marked read (ISO date-time); null before the first reading. */
  lastReadAt: Maybe<Scalars['String']['output']>;
  /** Name given by its author. */
  name: Scalars['String']['output'];
  /** The search's words; null for other kinds. */
  query: Maybe<Scalars['String']['output']>;
  /** Global id of the watched node; null for SEARCH. */
  targetId: Maybe<Scalars['ID']['output']>;
  /** Alerts raised since the last reading. */
  unreadCount: Scalars['Int']['output'];
  /** When it was last changed (ISO date-time). */
  updatedAt: Scalars['String']['output'];
};

/** A page of watches, newest first. */
export type WatchConnection = {
  __typename?: 'WatchConnection';
  /** The watches of this page. */
  edges: Array<WatchEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of watches. */
  totalCount: Scalars['Int']['output'];
};

/** A watch in a page. */
export type WatchEdge = {
  __typename?: 'WatchEdge';
  /** Opaque cursor of this position. */
  cursor: Scalars['String']['output'];
  /** The watch. */
  node: Watch;
};

/** A watch's new Atom read token. */
export type WatchFeedTokenPayload = {
  __typename?: 'WatchFeedTokenPayload';
  /** The feed's path with the token: `/feeds/watches/<id>.atom?token=<token>`. */
  feedPath: Scalars['String']['output'];
  /** The token, shown once. */
  feedToken: Scalars['String']['output'];
  /** The watch. */
  watch: Watch;
};

/** What a watch follows. */
export type WatchKind =
  /** An actor: a source quoting or citing it for the first time. */
  | 'ACTOR'
  /** An article: any article sharing a passage with it (text reuse). */
  | 'ARTICLE'
  /** Anyone citing or quoting an actor or outlet: every article that does. */
  | 'CITATION'
  /** A narrative (`Narrative:<key>`, which may not exist yet): first seen, and weekly surges. */
  | 'NARRATIVE'
  /** An outlet actor (`Actor:outlet:<slug>`): a source citing it for the first time. */
  | 'OUTLET'
  /** Words: new articles holding them all, and new narratives whose label holds them all. */
  | 'SEARCH';

/** A watch's last webhook delivery round (docs/watches.md, Webhook). */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** When (ISO date-time). */
  at: Scalars['String']['output'];
  /** Attempts for that alert over every round. */
  attempts: Scalars['Int']['output'];
  /** The last attempt's error: an HTTP status or a network error (never the URL). */
  error: Maybe<Scalars['String']['output']>;
  /** PENDING: when the next round tries again (ISO date-time). */
  nextAttemptAt: Maybe<Scalars['String']['output']>;
  /** How it ended. */
  state: DeliveryState;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( ActorRow )
    | ( ArticleRow )
    | ( EventRow )
    | ( NarrativeRow )
    | ( SourceRow )
  ;
  Outlet:
    | ( ActorRow )
    | ( SourceRow )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<ActorRow>;
  ActorCountConnection: ResolverTypeWrapper<ActorListConnectionModel>;
  ActorCountEdge: ResolverTypeWrapper<ActorListEdgeModel>;
  ActorMentionConnection: ResolverTypeWrapper<ArticleListConnectionModel>;
  ActorMentionEdge: ResolverTypeWrapper<ArticleListEdgeModel>;
  ActorQuoteConnection: ResolverTypeWrapper<ArticleListConnectionModel>;
  ActorQuoteEdge: ResolverTypeWrapper<ArticleListEdgeModel>;
  Alert: ResolverTypeWrapper<AlertRow>;
  AlertConnection: ResolverTypeWrapper<AlertConnectionModel>;
  AlertEdge: ResolverTypeWrapper<AlertEdgeModel>;
  AlertKind: AlertKind;
  Article: ResolverTypeWrapper<ArticleRow>;
  ArticleConnection: ResolverTypeWrapper<ArticleConnectionModel>;
  ArticleEdge: ResolverTypeWrapper<ArticleEdgeModel>;
  ArticleInput: ArticleInput;
  ArticleMentionConnection: ResolverTypeWrapper<ActorListConnectionModel>;
  ArticleMentionEdge: ResolverTypeWrapper<ActorListEdgeModel>;
  ArticleQuoteConnection: ResolverTypeWrapper<ActorListConnectionModel>;
  ArticleQuoteEdge: ResolverTypeWrapper<ActorListEdgeModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CitationConnection: ResolverTypeWrapper<ArticleListConnectionModel>;
  CitationEdge: ResolverTypeWrapper<ArticleListEdgeModel>;
  CitationEvidenceConnection: ResolverTypeWrapper<CitationEvidenceConnectionModel>;
  CitationEvidenceEdge: ResolverTypeWrapper<CitationEvidenceEdgeModel>;
  CitationLink: ResolverTypeWrapper<CitationLinkModel>;
  CitationLinkConnection: ResolverTypeWrapper<CitationLinkConnectionModel>;
  CitationLinkEdge: ResolverTypeWrapper<CitationLinkEdgeModel>;
  CitationNetwork: ResolverTypeWrapper<CitationNetworkModel>;
  CitedEventConnection: ResolverTypeWrapper<EventListConnectionModel>;
  CitedEventEdge: ResolverTypeWrapper<EventListEdgeModel>;
  CreateWatchInput: CreateWatchInput;
  CreateWatchPayload: ResolverTypeWrapper<Omit<CreateWatchPayload, 'watch'> & { watch: ResolversTypes['Watch'] }>;
  DayCount: ResolverTypeWrapper<DayCount>;
  DeleteViewPayload: ResolverTypeWrapper<DeleteViewPayload>;
  DeleteWatchPayload: ResolverTypeWrapper<DeleteWatchPayload>;
  DeliveryState: DeliveryState;
  EdgeEvidence: ResolverTypeWrapper<Omit<EdgeEvidence, 'evidence'> & { evidence: ResolversTypes['SliceEvidence'] }>;
  Event: ResolverTypeWrapper<EventRow>;
  Evidence: ResolverTypeWrapper<EvidenceRow>;
  Feed: ResolverTypeWrapper<FeedRow>;
  FeedConnection: ResolverTypeWrapper<FeedConnectionModel>;
  FeedEdge: ResolverTypeWrapper<FeedEdgeModel>;
  FeedKind: FeedKind;
  FeedStatus: FeedStatus;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ForkViewInput: ForkViewInput;
  GraphSlice: ResolverTypeWrapper<GraphSliceModel>;
  GroupDirection: GroupDirection;
  Health: ResolverTypeWrapper<Health>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestPageInput: IngestPageInput;
  IngestResult: ResolverTypeWrapper<Omit<IngestResult, 'articles'> & { articles: Array<ResolversTypes['IngestedArticle']> }>;
  IngestStatus: IngestStatus;
  IngestedArticle: ResolverTypeWrapper<IngestedArticleModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InvolvementConnection: ResolverTypeWrapper<ActorListConnectionModel>;
  InvolvementEdge: ResolverTypeWrapper<ActorListEdgeModel>;
  KindCount: ResolverTypeWrapper<KindCount>;
  LagStats: ResolverTypeWrapper<LagStats>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Narrative: ResolverTypeWrapper<NarrativeRow>;
  NarrativeArticleConnection: ResolverTypeWrapper<ArticleListConnectionModel>;
  NarrativeArticleEdge: ResolverTypeWrapper<ArticleListEdgeModel>;
  NarrativeChainLink: ResolverTypeWrapper<Omit<NarrativeChainLink, 'from' | 'to'> & { from: ResolversTypes['Source'], to: ResolversTypes['Source'] }>;
  NarrativeSourceUse: ResolverTypeWrapper<Omit<NarrativeSourceUse, 'firstArticle' | 'source'> & { firstArticle: ResolversTypes['Article'], source: ResolversTypes['Source'] }>;
  NarrativeSpread: ResolverTypeWrapper<Omit<NarrativeSpread, 'chain' | 'firstArticle' | 'firstSource' | 'narrative' | 'sources'> & { chain: Array<ResolversTypes['NarrativeChainLink']>, firstArticle?: Maybe<ResolversTypes['Article']>, firstSource?: Maybe<ResolversTypes['Source']>, narrative: ResolversTypes['Narrative'], sources: Array<ResolversTypes['NarrativeSourceUse']> }>;
  NarrativeUseConnection: ResolverTypeWrapper<NarrativeListConnectionModel>;
  NarrativeUseEdge: ResolverTypeWrapper<NarrativeListEdgeModel>;
  NeighborGroup: ResolverTypeWrapper<NeighborGroupModel>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  NodeKind: NodeKind;
  Outlet: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Outlet']>;
  PageFormat: PageFormat;
  PageInfo: ResolverTypeWrapper<PageInfoModel>;
  PathsResult: ResolverTypeWrapper<PathsSlice>;
  PathsTruncation: PathsTruncation;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RejectedInput: ResolverTypeWrapper<RejectedInput>;
  RelationCount: ResolverTypeWrapper<RelationCount>;
  RelationType: RelationType;
  RemoveFeedPayload: ResolverTypeWrapper<RemoveFeedPayload>;
  ReusedPassage: ResolverTypeWrapper<ReusedPassage>;
  SaveViewInput: SaveViewInput;
  SaveViewPayload: ResolverTypeWrapper<Omit<SaveViewPayload, 'view'> & { view: ResolversTypes['SavedView'] }>;
  SavedView: ResolverTypeWrapper<SavedViewRow>;
  SavedViewConnection: ResolverTypeWrapper<SavedViewConnectionModel>;
  SavedViewEdge: ResolverTypeWrapper<SavedViewEdgeModel>;
  SearchResult: ResolverTypeWrapper<SearchResultModel>;
  SearchResultConnection: ResolverTypeWrapper<SearchResultConnectionModel>;
  SearchResultEdge: ResolverTypeWrapper<SearchResultEdgeModel>;
  SliceEdge: ResolverTypeWrapper<SliceEdgeModel>;
  SliceEvidence: ResolverTypeWrapper<EvidenceItem>;
  SliceNode: ResolverTypeWrapper<SliceNodeModel>;
  Source: ResolverTypeWrapper<SourceRow>;
  StanceCount: ResolverTypeWrapper<StanceCount>;
  Stats: ResolverTypeWrapper<StatsRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TextRange: ResolverTypeWrapper<TextRangeModel>;
  TextReuseConnection: ResolverTypeWrapper<TextReuseConnectionModel>;
  TextReuseEdge: ResolverTypeWrapper<TextReuseEdgeModel>;
  TextSpan: ResolverTypeWrapper<TextSpan>;
  TimeBucket: TimeBucket;
  Timeline: ResolverTypeWrapper<TimelineModel>;
  TimelineBucket: ResolverTypeWrapper<TimelineBucket>;
  TimelineFilter: TimelineFilter;
  UpdateWatchInput: UpdateWatchInput;
  ViewMode: ViewMode;
  Watch: ResolverTypeWrapper<WatchRow>;
  WatchConnection: ResolverTypeWrapper<WatchConnectionModel>;
  WatchEdge: ResolverTypeWrapper<WatchEdgeModel>;
  WatchFeedTokenPayload: ResolverTypeWrapper<Omit<WatchFeedTokenPayload, 'watch'> & { watch: ResolversTypes['Watch'] }>;
  WatchKind: WatchKind;
  WebhookDelivery: ResolverTypeWrapper<WebhookDelivery>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: ActorRow;
  ActorCountConnection: ActorListConnectionModel;
  ActorCountEdge: ActorListEdgeModel;
  ActorMentionConnection: ArticleListConnectionModel;
  ActorMentionEdge: ArticleListEdgeModel;
  ActorQuoteConnection: ArticleListConnectionModel;
  ActorQuoteEdge: ArticleListEdgeModel;
  Alert: AlertRow;
  AlertConnection: AlertConnectionModel;
  AlertEdge: AlertEdgeModel;
  Article: ArticleRow;
  ArticleConnection: ArticleConnectionModel;
  ArticleEdge: ArticleEdgeModel;
  ArticleInput: ArticleInput;
  ArticleMentionConnection: ActorListConnectionModel;
  ArticleMentionEdge: ActorListEdgeModel;
  ArticleQuoteConnection: ActorListConnectionModel;
  ArticleQuoteEdge: ActorListEdgeModel;
  Boolean: Scalars['Boolean']['output'];
  CitationConnection: ArticleListConnectionModel;
  CitationEdge: ArticleListEdgeModel;
  CitationEvidenceConnection: CitationEvidenceConnectionModel;
  CitationEvidenceEdge: CitationEvidenceEdgeModel;
  CitationLink: CitationLinkModel;
  CitationLinkConnection: CitationLinkConnectionModel;
  CitationLinkEdge: CitationLinkEdgeModel;
  CitationNetwork: CitationNetworkModel;
  CitedEventConnection: EventListConnectionModel;
  CitedEventEdge: EventListEdgeModel;
  CreateWatchInput: CreateWatchInput;
  CreateWatchPayload: Omit<CreateWatchPayload, 'watch'> & { watch: ResolversParentTypes['Watch'] };
  DayCount: DayCount;
  DeleteViewPayload: DeleteViewPayload;
  DeleteWatchPayload: DeleteWatchPayload;
  EdgeEvidence: Omit<EdgeEvidence, 'evidence'> & { evidence: ResolversParentTypes['SliceEvidence'] };
  Event: EventRow;
  Evidence: EvidenceRow;
  Feed: FeedRow;
  FeedConnection: FeedConnectionModel;
  FeedEdge: FeedEdgeModel;
  Float: Scalars['Float']['output'];
  ForkViewInput: ForkViewInput;
  GraphSlice: GraphSliceModel;
  Health: Health;
  ID: Scalars['ID']['output'];
  IngestPageInput: IngestPageInput;
  IngestResult: Omit<IngestResult, 'articles'> & { articles: Array<ResolversParentTypes['IngestedArticle']> };
  IngestedArticle: IngestedArticleModel;
  Int: Scalars['Int']['output'];
  InvolvementConnection: ActorListConnectionModel;
  InvolvementEdge: ActorListEdgeModel;
  KindCount: KindCount;
  LagStats: LagStats;
  Mutation: Record<PropertyKey, never>;
  Narrative: NarrativeRow;
  NarrativeArticleConnection: ArticleListConnectionModel;
  NarrativeArticleEdge: ArticleListEdgeModel;
  NarrativeChainLink: Omit<NarrativeChainLink, 'from' | 'to'> & { from: ResolversParentTypes['Source'], to: ResolversParentTypes['Source'] };
  NarrativeSourceUse: Omit<NarrativeSourceUse, 'firstArticle' | 'source'> & { firstArticle: ResolversParentTypes['Article'], source: ResolversParentTypes['Source'] };
  NarrativeSpread: Omit<NarrativeSpread, 'chain' | 'firstArticle' | 'firstSource' | 'narrative' | 'sources'> & { chain: Array<ResolversParentTypes['NarrativeChainLink']>, firstArticle?: Maybe<ResolversParentTypes['Article']>, firstSource?: Maybe<ResolversParentTypes['Source']>, narrative: ResolversParentTypes['Narrative'], sources: Array<ResolversParentTypes['NarrativeSourceUse']> };
  NarrativeUseConnection: NarrativeListConnectionModel;
  NarrativeUseEdge: NarrativeListEdgeModel;
  NeighborGroup: NeighborGroupModel;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Outlet: ResolversInterfaceTypes<ResolversParentTypes>['Outlet'];
  PageInfo: PageInfoModel;
  PathsResult: PathsSlice;
  Query: Record<PropertyKey, never>;
  RejectedInput: RejectedInput;
  RelationCount: RelationCount;
  RemoveFeedPayload: RemoveFeedPayload;
  ReusedPassage: ReusedPassage;
  SaveViewInput: SaveViewInput;
  SaveViewPayload: Omit<SaveViewPayload, 'view'> & { view: ResolversParentTypes['SavedView'] };
  SavedView: SavedViewRow;
  SavedViewConnection: SavedViewConnectionModel;
  SavedViewEdge: SavedViewEdgeModel;
  SearchResult: SearchResultModel;
  SearchResultConnection: SearchResultConnectionModel;
  SearchResultEdge: SearchResultEdgeModel;
  SliceEdge: SliceEdgeModel;
  SliceEvidence: EvidenceItem;
  SliceNode: SliceNodeModel;
  Source: SourceRow;
  StanceCount: StanceCount;
  Stats: StatsRow;
  String: Scalars['String']['output'];
  TextRange: TextRangeModel;
  TextReuseConnection: TextReuseConnectionModel;
  TextReuseEdge: TextReuseEdgeModel;
  TextSpan: TextSpan;
  Timeline: TimelineModel;
  TimelineBucket: TimelineBucket;
  TimelineFilter: TimelineFilter;
  UpdateWatchInput: UpdateWatchInput;
  Watch: WatchRow;
  WatchConnection: WatchConnectionModel;
  WatchEdge: WatchEdgeModel;
  WatchFeedTokenPayload: Omit<WatchFeedTokenPayload, 'watch'> & { watch: ResolversParentTypes['Watch'] };
  WebhookDelivery: WebhookDelivery;
};

export type ActorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  citedBy?: Resolver<ResolversTypes['CitationLinkConnection'], ParentType, ContextType, RequireFields<ActorCitedByArgs, 'first'>>;
  cites?: Resolver<ResolversTypes['CitationLinkConnection'], ParentType, ContextType, RequireFields<ActorCitesArgs, 'first'>>;
  coMentions?: Resolver<ResolversTypes['ActorCountConnection'], ParentType, ContextType, RequireFields<ActorCoMentionsArgs, 'first'>>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentionedIn?: Resolver<ResolversTypes['ActorMentionConnection'], ParentType, ContextType, RequireFields<ActorMentionedInArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  placeholder?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  quotedIn?: Resolver<ResolversTypes['ActorQuoteConnection'], ParentType, ContextType, RequireFields<ActorQuotedInArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActorCountConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActorCountConnection'] = ResolversParentTypes['ActorCountConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActorCountEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorCountEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActorCountEdge'] = ResolversParentTypes['ActorCountEdge']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type ActorMentionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActorMentionConnection'] = ResolversParentTypes['ActorMentionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActorMentionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorMentionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActorMentionEdge'] = ResolversParentTypes['ActorMentionEdge']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export type ActorQuoteConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActorQuoteConnection'] = ResolversParentTypes['ActorQuoteConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActorQuoteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorQuoteEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActorQuoteEdge'] = ResolversParentTypes['ActorQuoteEdge']> = {
  cue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type AlertResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Alert'] = ResolversParentTypes['Alert']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType>;
  articleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  baseline?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AlertKind'], ParentType, ContextType>;
  range?: Resolver<ResolversTypes['TextRange'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjectId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unread?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  watchId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  week?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  zScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type AlertConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AlertConnection'] = ResolversParentTypes['AlertConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AlertEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AlertEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AlertEdge'] = ResolversParentTypes['AlertEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Alert'], ParentType, ContextType>;
};

export type ArticleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  citedEvents?: Resolver<ResolversTypes['CitedEventConnection'], ParentType, ContextType, RequireFields<ArticleCitedEventsArgs, 'first'>>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['ArticleMentionConnection'], ParentType, ContextType, RequireFields<ArticleMentionsArgs, 'first'>>;
  narratives?: Resolver<ResolversTypes['NarrativeUseConnection'], ParentType, ContextType, RequireFields<ArticleNarrativesArgs, 'first'>>;
  quotes?: Resolver<ResolversTypes['ArticleQuoteConnection'], ParentType, ContextType, RequireFields<ArticleQuotesArgs, 'first'>>;
  related?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<ArticleRelatedArgs, 'first'>>;
  reusedBy?: Resolver<ResolversTypes['TextReuseConnection'], ParentType, ContextType, RequireFields<ArticleReusedByArgs, 'first'>>;
  reuses?: Resolver<ResolversTypes['TextReuseConnection'], ParentType, ContextType, RequireFields<ArticleReusesArgs, 'first'>>;
  sections?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  stub?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  teaser?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export type ArticleMentionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleMentionConnection'] = ResolversParentTypes['ArticleMentionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleMentionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleMentionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleMentionEdge'] = ResolversParentTypes['ArticleMentionEdge']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type ArticleQuoteConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleQuoteConnection'] = ResolversParentTypes['ArticleQuoteConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleQuoteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleQuoteEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleQuoteEdge'] = ResolversParentTypes['ArticleQuoteEdge']> = {
  cue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type CitationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CitationConnection'] = ResolversParentTypes['CitationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CitationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CitationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CitationEdge'] = ResolversParentTypes['CitationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dateText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  lagDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export type CitationEvidenceConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CitationEvidenceConnection'] = ResolversParentTypes['CitationEvidenceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CitationEvidenceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CitationEvidenceEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CitationEvidenceEdge'] = ResolversParentTypes['CitationEvidenceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  how?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CitationLinkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CitationLink'] = ResolversParentTypes['CitationLink']> = {
  cited?: Resolver<ResolversTypes['Outlet'], ParentType, ContextType>;
  citing?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['CitationEvidenceConnection'], ParentType, ContextType, RequireFields<CitationLinkEvidenceArgs, 'first'>>;
  firstDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stances?: Resolver<Array<ResolversTypes['StanceCount']>, ParentType, ContextType>;
};

export type CitationLinkConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CitationLinkConnection'] = ResolversParentTypes['CitationLinkConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CitationLinkEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CitationLinkEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CitationLinkEdge'] = ResolversParentTypes['CitationLinkEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CitationLink'], ParentType, ContextType>;
};

export type CitationNetworkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CitationNetwork'] = ResolversParentTypes['CitationNetwork']> = {
  days?: Resolver<Array<ResolversTypes['DayCount']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['CitationLink']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CitedEventConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CitedEventConnection'] = ResolversParentTypes['CitedEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CitedEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CitedEventEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CitedEventEdge'] = ResolversParentTypes['CitedEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dateText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  lagDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type CreateWatchPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateWatchPayload'] = ResolversParentTypes['CreateWatchPayload']> = {
  editToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  watch?: Resolver<ResolversTypes['Watch'], ParentType, ContextType>;
  webhookSecret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DayCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DayCount'] = ResolversParentTypes['DayCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DeleteViewPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeleteViewPayload'] = ResolversParentTypes['DeleteViewPayload']> = {
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DeleteWatchPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeleteWatchPayload'] = ResolversParentTypes['DeleteWatchPayload']> = {
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EdgeEvidenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EdgeEvidence'] = ResolversParentTypes['EdgeEvidence']> = {
  edgeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['SliceEvidence'], ParentType, ContextType>;
};

export type EventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  citedBy?: Resolver<ResolversTypes['CitationConnection'], ParentType, ContextType, RequireFields<EventCitedByArgs, 'first'>>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dateEnd?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  involves?: Resolver<ResolversTypes['InvolvementConnection'], ParentType, ContextType, RequireFields<EventInvolvesArgs, 'first'>>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  extractor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FeedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Feed'] = ResolversParentTypes['Feed']> = {
  addedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  failures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  intervalMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  itemsRejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  itemsSeen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  itemsStored?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FeedKind'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastErrorAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastFetchAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastHttpStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lastNew?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastRejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastSuccessAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastUnchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastUpdated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nextDueAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paused?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FeedStatus'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FeedConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FeedConnection'] = ResolversParentTypes['FeedConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FeedEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FeedEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FeedEdge'] = ResolversParentTypes['FeedEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Feed'], ParentType, ContextType>;
};

export type GraphSliceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GraphSlice'] = ResolversParentTypes['GraphSlice']> = {
  edges?: Resolver<Array<ResolversTypes['SliceEdge']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['NeighborGroup']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SliceNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type HealthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = {
  migrations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  neo4jEdition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neo4jVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  articles?: Resolver<Array<ResolversTypes['IngestedArticle']>, ParentType, ContextType>;
  rejected?: Resolver<Array<ResolversTypes['RejectedInput']>, ParentType, ContextType>;
};

export type IngestedArticleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IngestedArticle'] = ResolversParentTypes['IngestedArticle']> = {
  actors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType>;
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  narratives?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quotes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IngestStatus'], ParentType, ContextType>;
};

export type InvolvementConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvolvementConnection'] = ResolversParentTypes['InvolvementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InvolvementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InvolvementEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvolvementEdge'] = ResolversParentTypes['InvolvementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type KindCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KindCount'] = ResolversParentTypes['KindCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
};

export type LagStatsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LagStats'] = ResolversParentTypes['LagStats']> = {
  citations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  meanDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  medianDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p90Days?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addFeed?: Resolver<ResolversTypes['Feed'], ParentType, ContextType, RequireFields<MutationAddFeedArgs, 'kind' | 'url'>>;
  createWatch?: Resolver<ResolversTypes['CreateWatchPayload'], ParentType, ContextType, RequireFields<MutationCreateWatchArgs, 'input'>>;
  createWatchFeedToken?: Resolver<ResolversTypes['WatchFeedTokenPayload'], ParentType, ContextType, RequireFields<MutationCreateWatchFeedTokenArgs, 'editToken' | 'id'>>;
  deleteView?: Resolver<ResolversTypes['DeleteViewPayload'], ParentType, ContextType, RequireFields<MutationDeleteViewArgs, 'editToken' | 'slug'>>;
  deleteWatch?: Resolver<ResolversTypes['DeleteWatchPayload'], ParentType, ContextType, RequireFields<MutationDeleteWatchArgs, 'editToken' | 'id'>>;
  forkView?: Resolver<ResolversTypes['SaveViewPayload'], ParentType, ContextType, RequireFields<MutationForkViewArgs, 'input' | 'slug'>>;
  ingestArticles?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestArticlesArgs, 'articles'>>;
  ingestPage?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestPageArgs, 'input'>>;
  markWatchRead?: Resolver<ResolversTypes['Watch'], ParentType, ContextType, RequireFields<MutationMarkWatchReadArgs, 'editToken' | 'id'>>;
  pauseFeed?: Resolver<ResolversTypes['Feed'], ParentType, ContextType, RequireFields<MutationPauseFeedArgs, 'paused' | 'url'>>;
  removeFeed?: Resolver<ResolversTypes['RemoveFeedPayload'], ParentType, ContextType, RequireFields<MutationRemoveFeedArgs, 'url'>>;
  revokeWatchFeedToken?: Resolver<ResolversTypes['Watch'], ParentType, ContextType, RequireFields<MutationRevokeWatchFeedTokenArgs, 'editToken' | 'id'>>;
  saveView?: Resolver<ResolversTypes['SaveViewPayload'], ParentType, ContextType, RequireFields<MutationSaveViewArgs, 'input'>>;
  updateView?: Resolver<ResolversTypes['SavedView'], ParentType, ContextType, RequireFields<MutationUpdateViewArgs, 'editToken' | 'input' | 'slug'>>;
  updateWatch?: Resolver<ResolversTypes['Watch'], ParentType, ContextType, RequireFields<MutationUpdateWatchArgs, 'editToken' | 'id' | 'input'>>;
};

export type NarrativeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Narrative'] = ResolversParentTypes['Narrative']> = {
  articles?: Resolver<ResolversTypes['NarrativeArticleConnection'], ParentType, ContextType, RequireFields<NarrativeArticlesArgs, 'first'>>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NarrativeArticleConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NarrativeArticleConnection'] = ResolversParentTypes['NarrativeArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NarrativeArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NarrativeArticleEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NarrativeArticleEdge'] = ResolversParentTypes['NarrativeArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export type NarrativeChainLinkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NarrativeChainLink'] = ResolversParentTypes['NarrativeChainLink']> = {
  from?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  fromDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lagDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  toDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NarrativeSourceUseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NarrativeSourceUse'] = ResolversParentTypes['NarrativeSourceUse']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstArticle?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  firstDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type NarrativeSpreadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NarrativeSpread'] = ResolversParentTypes['NarrativeSpread']> = {
  buckets?: Resolver<Array<ResolversTypes['TimelineBucket']>, ParentType, ContextType>;
  chain?: Resolver<Array<ResolversTypes['NarrativeChainLink']>, ParentType, ContextType>;
  firstArticle?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType>;
  firstDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstSource?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  narrative?: Resolver<ResolversTypes['Narrative'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['NarrativeSourceUse']>, ParentType, ContextType>;
  totalArticles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NarrativeUseConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NarrativeUseConnection'] = ResolversParentTypes['NarrativeUseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NarrativeUseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NarrativeUseEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NarrativeUseEdge'] = ResolversParentTypes['NarrativeUseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Narrative'], ParentType, ContextType>;
};

export type NeighborGroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NeighborGroup'] = ResolversParentTypes['NeighborGroup']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['GroupDirection'], ParentType, ContextType>;
  folded?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  hub?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  relationType?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  shown?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Actor' | 'Article' | 'Event' | 'Narrative' | 'Source', ParentType, ContextType>;
};

export type OutletResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Outlet'] = ResolversParentTypes['Outlet']> = {
  __resolveType: TypeResolveFn<'Actor' | 'Source', ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PathsResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PathsResult'] = ResolversParentTypes['PathsResult']> = {
  edges?: Resolver<Array<ResolversTypes['SliceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SliceNode']>, ParentType, ContextType>;
  paths?: Resolver<Array<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  truncatedBy?: Resolver<Maybe<ResolversTypes['PathsTruncation']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  alerts?: Resolver<ResolversTypes['AlertConnection'], ParentType, ContextType, RequireFields<QueryAlertsArgs, 'first' | 'watchId'>>;
  citationNetwork?: Resolver<ResolversTypes['CitationNetwork'], ParentType, ContextType, RequireFields<QueryCitationNetworkArgs, 'first' | 'minCount'>>;
  edgeEvidence?: Resolver<Array<ResolversTypes['EdgeEvidence']>, ParentType, ContextType, RequireFields<QueryEdgeEvidenceArgs, 'first' | 'ids'>>;
  feeds?: Resolver<ResolversTypes['FeedConnection'], ParentType, ContextType, RequireFields<QueryFeedsArgs, 'first'>>;
  groupedNeighborhood?: Resolver<ResolversTypes['GraphSlice'], ParentType, ContextType, RequireFields<QueryGroupedNeighborhoodArgs, 'depth' | 'ids' | 'limit'>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  narrativeSpread?: Resolver<ResolversTypes['NarrativeSpread'], ParentType, ContextType, RequireFields<QueryNarrativeSpreadArgs, 'bucket' | 'id'>>;
  neighborGroup?: Resolver<ResolversTypes['GraphSlice'], ParentType, ContextType, RequireFields<QueryNeighborGroupArgs, 'first' | 'id' | 'offset'>>;
  neighborhood?: Resolver<ResolversTypes['GraphSlice'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'ids' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  paths?: Resolver<ResolversTypes['PathsResult'], ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'limit' | 'maxHops' | 'to'>>;
  savedView?: Resolver<Maybe<ResolversTypes['SavedView']>, ParentType, ContextType, RequireFields<QuerySavedViewArgs, 'slug'>>;
  savedViews?: Resolver<ResolversTypes['SavedViewConnection'], ParentType, ContextType, RequireFields<QuerySavedViewsArgs, 'first'>>;
  search?: Resolver<ResolversTypes['SearchResultConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  timeline?: Resolver<ResolversTypes['Timeline'], ParentType, ContextType, RequireFields<QueryTimelineArgs, 'bucket'>>;
  watch?: Resolver<Maybe<ResolversTypes['Watch']>, ParentType, ContextType, RequireFields<QueryWatchArgs, 'id'>>;
  watches?: Resolver<ResolversTypes['WatchConnection'], ParentType, ContextType, RequireFields<QueryWatchesArgs, 'first'>>;
};

export type RejectedInputResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RejectedInput'] = ResolversParentTypes['RejectedInput']> = {
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RelationCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RelationCount'] = ResolversParentTypes['RelationCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type RemoveFeedPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RemoveFeedPayload'] = ResolversParentTypes['RemoveFeedPayload']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  removed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ReusedPassageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReusedPassage'] = ResolversParentTypes['ReusedPassage']> = {
  reused?: Resolver<ResolversTypes['TextSpan'], ParentType, ContextType>;
  reusing?: Resolver<ResolversTypes['TextSpan'], ParentType, ContextType>;
};

export type SaveViewPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SaveViewPayload'] = ResolversParentTypes['SaveViewPayload']> = {
  editToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  view?: Resolver<ResolversTypes['SavedView'], ParentType, ContextType>;
};

export type SavedViewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SavedView'] = ResolversParentTypes['SavedView']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dataVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['ViewMode'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  positions?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  snapshot?: Resolver<Maybe<ResolversTypes['GraphSlice']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewport?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SavedViewConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SavedViewConnection'] = ResolversParentTypes['SavedViewConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SavedViewEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SavedViewEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SavedViewEdge'] = ResolversParentTypes['SavedViewEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SavedView'], ParentType, ContextType>;
};

export type SearchResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = {
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  highlights?: Resolver<Array<ResolversTypes['TextRange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subtype?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SearchResultConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchResultConnection'] = ResolversParentTypes['SearchResultConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchResultEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SearchResultEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchResultEdge'] = ResolversParentTypes['SearchResultEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType>;
};

export type SliceEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SliceEdge'] = ResolversParentTypes['SliceEdge']> = {
  evidence?: Resolver<Array<ResolversTypes['SliceEvidence']>, ParentType, ContextType>;
  evidenceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  qualifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sourceIndex?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetIndex?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SliceEvidenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SliceEvidence'] = ResolversParentTypes['SliceEvidence']> = {
  articleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  articleTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  extractor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SliceNodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SliceNode'] = ResolversParentTypes['SliceNode']> = {
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subtype?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<SourceArticlesArgs, 'first'>>;
  citedBy?: Resolver<ResolversTypes['CitationLinkConnection'], ParentType, ContextType, RequireFields<SourceCitedByArgs, 'first'>>;
  cites?: Resolver<ResolversTypes['CitationLinkConnection'], ParentType, ContextType, RequireFields<SourceCitesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topActors?: Resolver<ResolversTypes['ActorCountConnection'], ParentType, ContextType, RequireFields<SourceTopActorsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StanceCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StanceCount'] = ResolversParentTypes['StanceCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StatsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dataVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['RelationCount']>, ParentType, ContextType>;
  stubArticles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TextRangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TextRange'] = ResolversParentTypes['TextRange']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TextReuseConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TextReuseConnection'] = ResolversParentTypes['TextReuseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TextReuseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TextReuseEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TextReuseEdge'] = ResolversParentTypes['TextReuseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  overlap?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  passages?: Resolver<Array<ResolversTypes['ReusedPassage']>, ParentType, ContextType>;
  words?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TextSpanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TextSpan'] = ResolversParentTypes['TextSpan']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TimelineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Timeline'] = ResolversParentTypes['Timeline']> = {
  bucket?: Resolver<ResolversTypes['TimeBucket'], ParentType, ContextType>;
  buckets?: Resolver<Array<ResolversTypes['TimelineBucket']>, ParentType, ContextType>;
  lag?: Resolver<ResolversTypes['LagStats'], ParentType, ContextType>;
  totalArticles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelineBucketResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TimelineBucket'] = ResolversParentTypes['TimelineBucket']> = {
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  citedEvents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  medianLagDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WatchResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Watch'] = ResolversParentTypes['Watch']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hasFeedToken?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasWebhook?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['WatchKind'], ParentType, ContextType>;
  lastDelivery?: Resolver<Maybe<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
  lastReadAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  query?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WatchConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WatchConnection'] = ResolversParentTypes['WatchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WatchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WatchEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WatchEdge'] = ResolversParentTypes['WatchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Watch'], ParentType, ContextType>;
};

export type WatchFeedTokenPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WatchFeedTokenPayload'] = ResolversParentTypes['WatchFeedTokenPayload']> = {
  feedPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  feedToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  watch?: Resolver<ResolversTypes['Watch'], ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['DeliveryState'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Actor?: ActorResolvers<ContextType>;
  ActorCountConnection?: ActorCountConnectionResolvers<ContextType>;
  ActorCountEdge?: ActorCountEdgeResolvers<ContextType>;
  ActorMentionConnection?: ActorMentionConnectionResolvers<ContextType>;
  ActorMentionEdge?: ActorMentionEdgeResolvers<ContextType>;
  ActorQuoteConnection?: ActorQuoteConnectionResolvers<ContextType>;
  ActorQuoteEdge?: ActorQuoteEdgeResolvers<ContextType>;
  Alert?: AlertResolvers<ContextType>;
  AlertConnection?: AlertConnectionResolvers<ContextType>;
  AlertEdge?: AlertEdgeResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  ArticleMentionConnection?: ArticleMentionConnectionResolvers<ContextType>;
  ArticleMentionEdge?: ArticleMentionEdgeResolvers<ContextType>;
  ArticleQuoteConnection?: ArticleQuoteConnectionResolvers<ContextType>;
  ArticleQuoteEdge?: ArticleQuoteEdgeResolvers<ContextType>;
  CitationConnection?: CitationConnectionResolvers<ContextType>;
  CitationEdge?: CitationEdgeResolvers<ContextType>;
  CitationEvidenceConnection?: CitationEvidenceConnectionResolvers<ContextType>;
  CitationEvidenceEdge?: CitationEvidenceEdgeResolvers<ContextType>;
  CitationLink?: CitationLinkResolvers<ContextType>;
  CitationLinkConnection?: CitationLinkConnectionResolvers<ContextType>;
  CitationLinkEdge?: CitationLinkEdgeResolvers<ContextType>;
  CitationNetwork?: CitationNetworkResolvers<ContextType>;
  CitedEventConnection?: CitedEventConnectionResolvers<ContextType>;
  CitedEventEdge?: CitedEventEdgeResolvers<ContextType>;
  CreateWatchPayload?: CreateWatchPayloadResolvers<ContextType>;
  DayCount?: DayCountResolvers<ContextType>;
  DeleteViewPayload?: DeleteViewPayloadResolvers<ContextType>;
  DeleteWatchPayload?: DeleteWatchPayloadResolvers<ContextType>;
  EdgeEvidence?: EdgeEvidenceResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Feed?: FeedResolvers<ContextType>;
  FeedConnection?: FeedConnectionResolvers<ContextType>;
  FeedEdge?: FeedEdgeResolvers<ContextType>;
  GraphSlice?: GraphSliceResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  IngestedArticle?: IngestedArticleResolvers<ContextType>;
  InvolvementConnection?: InvolvementConnectionResolvers<ContextType>;
  InvolvementEdge?: InvolvementEdgeResolvers<ContextType>;
  KindCount?: KindCountResolvers<ContextType>;
  LagStats?: LagStatsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Narrative?: NarrativeResolvers<ContextType>;
  NarrativeArticleConnection?: NarrativeArticleConnectionResolvers<ContextType>;
  NarrativeArticleEdge?: NarrativeArticleEdgeResolvers<ContextType>;
  NarrativeChainLink?: NarrativeChainLinkResolvers<ContextType>;
  NarrativeSourceUse?: NarrativeSourceUseResolvers<ContextType>;
  NarrativeSpread?: NarrativeSpreadResolvers<ContextType>;
  NarrativeUseConnection?: NarrativeUseConnectionResolvers<ContextType>;
  NarrativeUseEdge?: NarrativeUseEdgeResolvers<ContextType>;
  NeighborGroup?: NeighborGroupResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Outlet?: OutletResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PathsResult?: PathsResultResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RejectedInput?: RejectedInputResolvers<ContextType>;
  RelationCount?: RelationCountResolvers<ContextType>;
  RemoveFeedPayload?: RemoveFeedPayloadResolvers<ContextType>;
  ReusedPassage?: ReusedPassageResolvers<ContextType>;
  SaveViewPayload?: SaveViewPayloadResolvers<ContextType>;
  SavedView?: SavedViewResolvers<ContextType>;
  SavedViewConnection?: SavedViewConnectionResolvers<ContextType>;
  SavedViewEdge?: SavedViewEdgeResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  SearchResultConnection?: SearchResultConnectionResolvers<ContextType>;
  SearchResultEdge?: SearchResultEdgeResolvers<ContextType>;
  SliceEdge?: SliceEdgeResolvers<ContextType>;
  SliceEvidence?: SliceEvidenceResolvers<ContextType>;
  SliceNode?: SliceNodeResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  StanceCount?: StanceCountResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  TextRange?: TextRangeResolvers<ContextType>;
  TextReuseConnection?: TextReuseConnectionResolvers<ContextType>;
  TextReuseEdge?: TextReuseEdgeResolvers<ContextType>;
  TextSpan?: TextSpanResolvers<ContextType>;
  Timeline?: TimelineResolvers<ContextType>;
  TimelineBucket?: TimelineBucketResolvers<ContextType>;
  Watch?: WatchResolvers<ContextType>;
  WatchConnection?: WatchConnectionResolvers<ContextType>;
  WatchEdge?: WatchEdgeResolvers<ContextType>;
  WatchFeedTokenPayload?: WatchFeedTokenPayloadResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
};


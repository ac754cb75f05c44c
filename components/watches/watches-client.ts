import {
  createFetchGraph,
  GraphClientError,
  type FetchGraph,
} from '@/components/explorer/graph-client';
import { readEditToken, storeEditToken } from '@/components/views/edit-tokens';

/** GraphQL calls of the watch forms: create, and mark read with the edit token. */

export type WatchKindName = 'SEARCH' | 'NARRATIVE' | 'ACTOR' | 'OUTLET' | 'CITATION' | 'ARTICLE';

export const CREATE_WATCH_MUTATION = `mutation WatchCreate($input: CreateWatchInput!) {
  createWatch(input: $input) { editToken webhookSecret watch { id name } }
}`;

export const MARK_WATCH_READ_MUTATION = `mutation WatchRead($id: ID!, $editToken: String!) {
  markWatchRead(id: $id, editToken: $editToken) { id unreadCount lastReadAt }
}`;

export const CREATE_FEED_TOKEN_MUTATION = `mutation WatchFeedToken($id: ID!, $editToken: String!) {
  createWatchFeedToken(id: $id, editToken: $editToken) { feedPath }
}`;

/** The watch kinds a node can be followed by, for its page and the explorer's inspector. */
export function watchKindsFor(id: string): WatchKindName[] {
  const kind = id.slice(0, id.indexOf(':'));
  if (kind === 'Narrative') return ['NARRATIVE'];
  if (kind === 'Article') return ['ARTICLE'];
  if (kind !== 'Actor') return [];
  return id.startsWith('Actor:outlet:') ? ['OUTLET', 'CITATION', 'ACTOR'] : ['ACTOR', 'CITATION'];
}

export interface NewWatch {
  readonly name: string;
  readonly kind: WatchKindName;
  readonly targetId?: string;
  readonly query?: string;
  readonly webhookUrl?: string;
}

export interface CreatedWatch {
  readonly id: string;
  readonly webhookSecret: string;
  /** False when the browser refused to keep the edit token. */
  readonly tokenStored: boolean;
}

// Watch tokens share the saved views' store, under a `watch:` prefix no view slug can take.
const tokenSlot = (id: string) => `watch:${id}`;

export function readWatchToken(id: string): string | undefined {
  return readEditToken(tokenSlot(id));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function createWatch(
  input: NewWatch,
  fetchGraph: FetchGraph = createFetchGraph(),
): Promise<CreatedWatch> {
  const data = await fetchGraph<{ createWatch?: unknown }>(CREATE_WATCH_MUTATION, { input });
  const payload = data.createWatch;
  const watch = isRecord(payload) ? payload.watch : undefined;
  if (
    !isRecord(payload) ||
    !isRecord(watch) ||
    typeof watch.id !== 'string' ||
    typeof payload.editToken !== 'string' ||
    typeof payload.webhookSecret !== 'string'
  ) {
    throw new GraphClientError('createWatch returned no watch.');
  }
  return {
    id: watch.id,
    webhookSecret: payload.webhookSecret,
    tokenStored: storeEditToken(tokenSlot(watch.id), payload.editToken),
  };
}

/** A new read token for the watch's Atom feed (replacing the last); returns the feed's path. */
export async function createWatchFeedToken(
  id: string,
  editToken: string,
  fetchGraph: FetchGraph = createFetchGraph(),
): Promise<string> {
  const data = await fetchGraph<{ createWatchFeedToken: { feedPath: string } }>(
    CREATE_FEED_TOKEN_MUTATION,
    { id, editToken },
  );
  return data.createWatchFeedToken.feedPath;
}

export async function markWatchRead(
  id: string,
  editToken: string,
  fetchGraph: FetchGraph = createFetchGraph(),
): Promise<void> {
  await fetchGraph(MARK_WATCH_READ_MUTATION, { id, editToken });
}

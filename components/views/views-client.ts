import {
  asSavedViewRef,
  createFetchGraph,
  GraphClientError,
  type FetchGraph,
  type SavedViewRef,
} from '@/components/explorer/graph-client';

/**
 * GraphQL operations on a saved view from its page: fork for anyone, rename and delete with the
 * edit token.
 */

/** The server copies the view as stored, so a snapshot's fork keeps the snapshot's elements. */
export const FORK_VIEW_MUTATION = `mutation ViewFork($slug: String!, $input: ForkViewInput!) {
  forkView(slug: $slug, input: $input) { slug editToken }
}`;

export const UPDATE_VIEW_MUTATION = `mutation ViewUpdate($slug: String!, $editToken: String!, $input: SaveViewInput!) {
  updateView(slug: $slug, editToken: $editToken, input: $input) { slug name updatedAt }
}`;

export const DELETE_VIEW_MUTATION = `mutation ViewDelete($slug: String!, $editToken: String!) {
  deleteView(slug: $slug, editToken: $editToken) { slug deleted }
}`;

/** Everything `updateView` replaces; the API has no partial update, so a rename resends it all. */
export interface ViewFields {
  readonly name: string;
  readonly description: string;
  readonly state: string;
  readonly positions: string;
  readonly viewport: string;
  readonly mode: 'LIVE' | 'SNAPSHOT';
  readonly dataVersion: string | null;
}

export interface ViewsClient {
  /** A copy of the view under `name`; resolves with the copy's slug and edit token. */
  fork(slug: string, name: string): Promise<SavedViewRef>;
  update(slug: string, editToken: string, fields: ViewFields): Promise<{ name: string }>;
  delete(slug: string, editToken: string): Promise<boolean>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function createViewsClient(fetchGraph: FetchGraph = createFetchGraph()): ViewsClient {
  return {
    async fork(slug, name) {
      const data = await fetchGraph<{ forkView?: unknown }>(FORK_VIEW_MUTATION, {
        slug,
        input: { name },
      });
      return asSavedViewRef(data.forkView, 'forkView');
    },
    async update(slug, editToken, fields) {
      const { dataVersion, ...rest } = fields;
      const data = await fetchGraph<{ updateView?: unknown }>(UPDATE_VIEW_MUTATION, {
        slug,
        editToken,
        input: { ...rest, ...(dataVersion !== null ? { dataVersion } : {}) },
      });
      const view = data.updateView;
      if (!isRecord(view) || typeof view.name !== 'string') {
        throw new GraphClientError('updateView returned no view.');
      }
      return { name: view.name };
    },
    async delete(slug, editToken) {
      const data = await fetchGraph<{ deleteView?: unknown }>(DELETE_VIEW_MUTATION, {
        slug,
        editToken,
      });
      const result = data.deleteView;
      return isRecord(result) && result.deleted === true;
    },
  };
}

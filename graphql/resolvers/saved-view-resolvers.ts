import type { GraphSlice } from '@/model/graph-slice';
import { decodeViewState, tryDecodeViewState } from '@/model/view-state';
import type { Repositories } from '@/graph-db/repositories';
import type { SavedViewFields, SavedViewRow } from '@/model/saved-views';
import { badInput, forbidden, notFound } from '../errors';
import type { Resolvers, SaveViewInput } from '../generated/resolvers-types';
import { byteLength } from '../inputs';
import { LIMITS } from '../limits/limits';
import { pageWindow, toConnection } from '../execution/pagination';
import { asBadSearchInput } from './search-resolvers';

/** Slugs are base64url; anything else cannot exist and is not worth a query. */
const SLUG = /^[A-Za-z0-9_-]{1,64}$/;

function checkSize(value: string, maxBytes: number, argument: string): void {
  if (byteLength(value) > maxBytes) {
    throw badInput(`${argument} must be at most ${maxBytes} bytes`, argument);
  }
}

function jsonObject(value: string, argument: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw badInput(`${argument} must be JSON`, argument);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw badInput(`${argument} must be a JSON object`, argument);
  }
  return parsed as Record<string, unknown>;
}

/** A view's name and description as stored (trimmed), or BAD_USER_INPUT. */
function viewText(
  input: Pick<SaveViewInput, 'name' | 'description'>,
): Pick<SavedViewFields, 'name' | 'description'> {
  const name = input.name.trim();
  if (name === '' || name.length > LIMITS.maxViewNameChars) {
    throw badInput(`input.name must be 1..${LIMITS.maxViewNameChars} characters`, 'input.name');
  }
  const description = (input.description ?? '').trim();
  if (description.length > LIMITS.maxViewDescriptionChars) {
    throw badInput(
      `input.description must be at most ${LIMITS.maxViewDescriptionChars} characters`,
      'input.description',
    );
  }
  return { name, description };
}

/** Validates a view input into what is stored, without the snapshot (see `withSnapshot`). */
export function viewFields(input: SaveViewInput): Omit<SavedViewFields, 'snapshot'> {
  const { name, description } = viewText(input);
  checkSize(input.state, LIMITS.maxViewStateBytes, 'input.state');
  // The explorer's own codec: a state it could not open is refused, not stored.
  const decoded = tryDecodeViewState(input.state);
  if (!decoded.ok) {
    throw badInput(`input.state is not an explorer state: ${decoded.error.message}`, 'input.state');
  }
  checkSize(input.positions, LIMITS.maxViewPositionsBytes, 'input.positions');
  checkSize(input.viewport, LIMITS.maxViewViewportBytes, 'input.viewport');
  const positions = jsonObject(input.positions, 'input.positions');
  jsonObject(input.viewport, 'input.viewport');
  const dataVersion = input.dataVersion ?? null;
  if (dataVersion !== null && dataVersion.length > 200) {
    throw badInput('input.dataVersion is too long', 'input.dataVersion');
  }
  return {
    name,
    description,
    state: input.state,
    positions: input.positions,
    viewport: input.viewport,
    mode: input.mode === 'SNAPSHOT' ? 'snapshot' : 'live',
    dataVersion,
    nodeCount: Object.keys(positions).length,
  };
}

/**
 * The fields with a snapshot view's elements: what the saved state fetches, read now on the
 * server (the explorer applies the state's filters and hides to it, as it did when saving), with
 * the data version they were read at. A rename resends an unchanged snapshot view: it keeps the
 * elements it was saved with.
 */
async function withSnapshot(
  fields: Omit<SavedViewFields, 'snapshot'>,
  db: Repositories,
  existing?: SavedViewRow,
): Promise<SavedViewFields> {
  if (fields.mode !== 'snapshot') return { ...fields, snapshot: null };
  const kept = existing?.snapshot;
  if (existing?.mode === 'snapshot' && existing.state === fields.state && kept) {
    return { ...fields, dataVersion: existing.dataVersion, snapshot: kept };
  }
  // viewFields checked that it decodes.
  const state = decodeViewState(fields.state);
  const [stats, slice] = await Promise.all([db.analytics.stats(), db.explore.forViewState(state)]);
  const snapshot = JSON.stringify(slice);
  const bytes = byteLength(snapshot);
  if (bytes > LIMITS.maxViewSnapshotBytes) {
    throw badInput(
      `the snapshot would hold ${bytes} bytes, over the ${LIMITS.maxViewSnapshotBytes} allowed: remove expansions or save a live view`,
      'input.mode',
    );
  }
  // The version the elements were read at, which is what a snapshot holds (the client's may be older).
  return { ...fields, dataVersion: stats.dataVersion, snapshot };
}

function checkSlug(slug: string): void {
  if (!SLUG.test(slug)) throw badInput('slug is not a saved view slug', 'slug');
}

/**
 * A snapshot's stored elements as a GraphSlice. They were written by `withSnapshot` (or copied
 * from such a view), so they are trusted JSON; an unreadable one is shown as missing, as the
 * `/v/<slug>` page does.
 */
function storedSlice(text: string | null | undefined): GraphSlice | null {
  if (text === null || text === undefined || text === '') return null;
  try {
    return JSON.parse(text) as GraphSlice;
  } catch {
    return null;
  }
}

/** Saved views: read by slug or list; change only with the edit token. */
export const savedViewResolvers: Resolvers = {
  Query: {
    savedView: async (_parent, { slug }, { db }) => {
      checkSlug(slug);
      return (await db.savedViews.get(slug)) ?? null;
    },
    savedViews: async (_parent, args, { db }) => {
      const window = pageWindow(args);
      const text = args.query?.trim() ? args.query : null;
      const rows =
        text === null
          ? await db.savedViews.list(window.first + 1, window.offset)
          : await db.savedViews
              .search(text, window.first + 1, window.offset)
              .catch(asBadSearchInput);
      return toConnection(
        window,
        rows,
        (row, cursor) => ({ cursor, node: row }),
        () => db.savedViews.count(text),
      );
    },
  },
  Mutation: {
    saveView: async (_parent, { input }, { db }) => {
      const { view, editToken } = await db.savedViews.create(
        await withSnapshot(viewFields(input), db),
      );
      return { view, slug: view.slug, editToken };
    },
    forkView: async (_parent, { slug, input }, { db }) => {
      checkSlug(slug);
      const { name, description } = viewText(input);
      // Omitted keeps the original's description; an explicit one (even empty) replaces it.
      const forked = await db.savedViews.fork(slug, {
        name,
        description:
          input.description === null || input.description === undefined ? null : description,
      });
      if (forked === undefined) throw notFound(`no saved view ${slug}`);
      return { view: forked.view, slug: forked.view.slug, editToken: forked.editToken };
    },
    updateView: async (_parent, { slug, editToken, input }, { db }) => {
      checkSlug(slug);
      const fields = viewFields(input);
      const existing = await db.savedViews.get(slug);
      if (existing === undefined) throw notFound(`no saved view ${slug}`);
      const result = await db.savedViews.update(
        slug,
        editToken,
        await withSnapshot(fields, db, existing),
      );
      if (result.status === 'not-found') throw notFound(`no saved view ${slug}`);
      if (result.status === 'forbidden') throw forbidden('wrong edit token for this view');
      return result.value;
    },
    deleteView: async (_parent, { slug, editToken }, { db }) => {
      checkSlug(slug);
      const result = await db.savedViews.delete(slug, editToken);
      if (result.status === 'not-found') throw notFound(`no saved view ${slug}`);
      if (result.status === 'forbidden') throw forbidden('wrong edit token for this view');
      return { slug, deleted: true };
    },
  },
  SavedView: {
    mode: (view) => (view.mode === 'snapshot' ? 'SNAPSHOT' : 'LIVE'),
    snapshot: async (view, _args, { db }) => {
      if (view.mode !== 'snapshot') return null;
      // Rows from lists and writes leave the (up to 1 MB) elements out: read them only when asked.
      const text =
        view.snapshot !== undefined
          ? view.snapshot
          : (await db.savedViews.get(view.slug))?.snapshot;
      return storedSlice(text);
    },
  },
  SavedViewConnection: { totalCount: (parent) => parent.totalCount() },
};

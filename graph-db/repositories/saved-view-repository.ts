import { readTransaction } from '../driver';
import { listSavedViews, type SavedViewSummaryRow } from '../queries/saved-views.cypher';

export interface SavedViewRepository {
  list(limit: number): Promise<SavedViewSummaryRow[]>;
}

export const savedViewRepository: SavedViewRepository = {
  list: (limit) => readTransaction((tx) => listSavedViews(tx, limit)),
};

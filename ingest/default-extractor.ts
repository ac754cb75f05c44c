import path from 'node:path';
import { readCliSettings } from '../config/cli';
import { createArticleExtractor, type ArticleExtractor } from './extract/extract-article';
import { buildGazetteer } from './gazetteer';
import { loadOutletList } from './gazetteer/outlet-list';

/** Where the EUvsDisinfo outlet list lives when ../shared sits beside the repository. */
export const OUTLET_LIST_PATH = path.resolve(
  process.cwd(),
  '..',
  'shared',
  'corpus',
  'euvsdisinfo-outlets.txt',
);

/**
 * The extractor the CLI, the demo loader, the API and the benchmarks use: the built-in gazetteer,
 * extended with the EUvsDisinfo outlet names when the list is present (NARRAGRAPH_OUTLET_LIST
 * overrides the path; without the file the built-in lists serve alone).
 */
export function createDefaultExtractor(
  listPath: string = readCliSettings().outletList ?? OUTLET_LIST_PATH,
): ArticleExtractor {
  return createArticleExtractor(buildGazetteer({ extra: loadOutletList(listPath) }));
}

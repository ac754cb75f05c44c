import { existsSync } from 'node:fs';
import path from 'node:path';
import { ingestRepository } from '../../graph-db/repositories/ingest-repository';
import { formatProblem } from '../../ingest/run-ingest';
import { ingestWithProgress } from './ingest-with-progress';

/** The demo inputs, read where they are: real data never goes into the repository. */
export function demoInputs(root: string = process.cwd()): string[] {
  const shared = path.resolve(root, '..', 'shared');
  return [
    path.join(shared, 'seeds', 'kcna-watch-page-2021-08-01.txt'),
    path.join(shared, 'corpus', 'kcna-2024.json'),
  ].filter((file) => existsSync(file));
}

/**
 * Loads the demo data (the seed page and kcna-2024.json from ../shared) into a graph with no
 * articles, with progress. Without ../shared the app starts empty and the home page says how to ingest.
 */
export async function loadDemoDataIfEmpty(): Promise<void> {
  if (process.env.NARRAGRAPH_DEMO === '0') return;
  const { articles } = await ingestRepository.counts();
  if (articles > 0) return;
  const inputs = demoInputs();
  if (inputs.length === 0) {
    console.log(
      'The graph is empty and ../shared is not beside the project: starting empty. Load articles with `npm run ingest -- <files|folders|urls>`.',
    );
    return;
  }
  console.log(
    `The graph is empty: loading the demo data (${inputs.map((f) => path.basename(f)).join(', ')})...`,
  );
  const summary = await ingestWithProgress(inputs, 'demo data');
  console.log(
    `Demo data loaded in ${summary.seconds.toFixed(1)} s: ${summary.created} articles stored, ${summary.rejected.length} records rejected (e.g. rows without text).`,
  );
  for (const problem of summary.rejected.slice(0, 5)) console.log(`  ${formatProblem(problem)}`);
}

import { existsSync } from 'node:fs';
import path from 'node:path';
import { readStartSettings } from '../../config/server';
import { ingestRepository } from '../../graph-db/repositories/ingest-repository';
import { formatProblem } from '../../ingest/run-ingest';
import { ingestWithProgress } from './ingest-with-progress';

/** The demo inputs that ship in the repository (CC0; provenance in demo/README.md). */
export function demoInputs(root: string = process.cwd()): string[] {
  const demo = path.resolve(root, 'demo');
  return [
    path.join(demo, 'kcna-watch-page-2021-08-01.txt'),
    path.join(demo, 'kcna-2024.json.gz'),
  ].filter((file) => existsSync(file));
}

/**
 * Loads the demo data (the seed page and kcna-2024 from demo/) into a graph with no articles,
 * with progress. Without them (a trimmed copy) the app starts empty and the home page says how to
 * ingest.
 */
export async function loadDemoDataIfEmpty(): Promise<void> {
  if (!readStartSettings().demo) return;
  const { articles } = await ingestRepository.counts();
  if (articles > 0) return;
  const inputs = demoInputs();
  if (inputs.length === 0) {
    console.log(
      'The graph is empty and demo/ holds no demo data: starting empty. Load articles with `npm run ingest -- <files|folders|urls>`.',
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

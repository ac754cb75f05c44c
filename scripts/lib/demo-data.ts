import { existsSync } from 'node:fs';
import path from 'node:path';
import { readStartSettings } from '../../config/server';
import {
  clearDemoLoadStatus,
  demoLoadStatusPath,
  writeDemoLoadStatus,
} from '../../app/_lib/demo-load-status';
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
 * The demo inputs to load: the seed page and kcna-2024 from demo/ when the graph has no articles
 * (and NARRAGRAPH_DEMO is not off); none otherwise. Without them (a trimmed copy) the app starts
 * empty and the home page says how to ingest.
 */
export async function demoInputsToLoad(): Promise<string[]> {
  if (!readStartSettings().demo) return [];
  const { articles } = await ingestRepository.counts();
  if (articles > 0) return [];
  const inputs = demoInputs();
  if (inputs.length === 0) {
    console.log(
      'The graph is empty and demo/ holds no demo data: starting empty. Load articles with `npm run ingest -- <files|folders|urls>`.',
    );
  }
  return inputs;
}

/**
 * Loads the demo inputs with progress on the terminal and in the status file the pages' banner
 * reads (app/_lib/demo-load-status.ts), which is cleared when the load ends, however it ends.
 */
export async function loadDemoData(
  inputs: readonly string[],
  options: {
    readonly statusFile?: string;
    /** Starts the work only then (the web server listening), the status already showing. */
    readonly after?: Promise<unknown>;
  } = {},
): Promise<void> {
  const statusFile = options.statusFile ?? demoLoadStatusPath();
  const startedAt = new Date().toISOString();
  const status = (stored: number, fraction: number) =>
    writeDemoLoadStatus({ stored, fraction, startedAt, pid: process.pid }, statusFile);
  status(0, 0);
  console.log(
    `The graph is empty: loading the demo data (${inputs.map((f) => path.basename(f)).join(', ')})...`,
  );
  try {
    await options.after;
    const summary = await ingestWithProgress(inputs, 'demo data', (p) =>
      status(p.written, p.bytesTotal === 0 ? 0 : p.bytesRead / p.bytesTotal),
    );
    console.log(
      `Demo data loaded in ${summary.seconds.toFixed(1)} s: ${summary.created} articles stored, ${summary.rejected.length} records rejected (e.g. rows without text).`,
    );
    for (const problem of summary.rejected.slice(0, 5)) console.log(`  ${formatProblem(problem)}`);
  } finally {
    clearDemoLoadStatus(statusFile);
  }
}

import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readCliSettings } from '../config/cli';
import { OUTLET_LIST_PATH } from './default-extractor';
import type { ExtractedArticle, RawArticle } from './types';

/**
 * The default extractor in a worker thread, for long runs (the CLI, the demo load, bench:ingest):
 * Node's main thread is then left to parse and to feed Neo4j, and the extraction of the next batch
 * runs on the other core while a batch is written (docs/ingest.md). What it extracts is what
 * `createDefaultExtractor` extracts in the thread (the same function, the same outlet list).
 */

export interface ExtractWorkerData {
  readonly outletList: string;
}

export interface ExtractRequest {
  readonly id: number;
  readonly raw: RawArticle;
}

export type ExtractResponse =
  | { readonly id: number; readonly article: ExtractedArticle; readonly error?: undefined }
  | { readonly id: number; readonly error: string; readonly article?: undefined };

export interface WorkerExtractor {
  /** Answers in request order; rejects with the extractor's own message when it throws. */
  readonly extract: (raw: RawArticle) => Promise<ExtractedArticle>;
  /** Ends the worker; extractions still pending reject. */
  close(): Promise<void>;
}

interface Waiting {
  resolve(article: ExtractedArticle): void;
  reject(error: Error): void;
}

export function createWorkerExtractor(
  outletList: string = readCliSettings().outletList ?? OUTLET_LIST_PATH,
): WorkerExtractor {
  // The worker loads TypeScript through tsx's loader, as the CLI does, whoever started this
  // process (tsx, vitest): registered first, then the worker's module imported through it.
  const tsxDir = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(path.join(tsxDir, 'dist/esm/api/index.mjs')).href;
  const entry = new URL('./extract-worker.ts', import.meta.url).href;
  const worker = new Worker(
    `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`,
    { eval: true, workerData: { outletList } satisfies ExtractWorkerData },
  );
  const pending = new Map<number, Waiting>();
  let nextId = 0;
  let failure: Error | undefined;
  // An idle worker must not keep the process alive; a busy one must, since its answer may be all
  // the process is waiting for.
  worker.unref();
  const failAll = (error: Error) => {
    failure ??= error;
    for (const waiting of pending.values()) waiting.reject(failure);
    pending.clear();
    worker.unref();
  };
  worker.on('message', (response: ExtractResponse) => {
    const waiting = pending.get(response.id);
    if (!waiting) return;
    pending.delete(response.id);
    if (pending.size === 0) worker.unref();
    if (response.error === undefined) waiting.resolve(response.article);
    else waiting.reject(new Error(response.error));
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`the extraction worker exited (code ${code})`)));
  return {
    extract(raw) {
      if (failure) return Promise.reject(failure);
      const id = nextId;
      nextId += 1;
      const answer = new Promise<ExtractedArticle>((resolve, reject) => {
        pending.set(id, { resolve, reject });
      });
      if (pending.size === 1) worker.ref();
      worker.postMessage({ id, raw } satisfies ExtractRequest);
      return answer;
    },
    async close() {
      await worker.terminate();
    },
  };
}

/**
 * The worker thread behind `createWorkerExtractor` (worker-extractor.ts): builds the default
 * extractor over the outlet list it is handed, then answers each `{ id, raw }` with the extracted
 * article or the reason extraction failed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createDefaultExtractor } from './default-extractor';
import type { ExtractRequest, ExtractResponse, ExtractWorkerData } from './worker-extractor';

const port = parentPort;
if (!port) throw new Error('extract-worker.ts runs only as a worker thread');
const extract = createDefaultExtractor((workerData as ExtractWorkerData).outletList);

port.on('message', ({ id, raw }: ExtractRequest) => {
  let response: ExtractResponse;
  try {
    response = { id, article: extract(raw) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(response);
});

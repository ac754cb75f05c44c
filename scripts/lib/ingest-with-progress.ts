import { ingestRepository } from '../../graph-db/repositories/ingest-repository';
import { runIngest, type IngestProgress, type IngestSummary } from '../../ingest/run-ingest';
import { createWorkerExtractor } from '../../ingest/worker-extractor';
import { progressPrinter } from './progress';

/**
 * Ingests into the configured Neo4j with the default extractor, run in a worker thread, and a
 * progress bar labelled `label`.
 */
export async function ingestWithProgress(
  inputs: readonly string[],
  label: string,
  onProgress?: (progress: IngestProgress) => void,
): Promise<IngestSummary> {
  const printer = progressPrinter(label);
  const extractor = createWorkerExtractor();
  try {
    const summary = await runIngest(inputs, {
      sink: ingestRepository,
      extract: extractor.extract,
      onProgress: (p) => {
        printer.update(
          p.bytesTotal === 0 ? 0 : p.bytesRead / p.bytesTotal,
          `${p.read} read, ${p.written} stored, ${p.rejected} rejected`,
        );
        onProgress?.(p);
      },
    });
    printer.done();
    return summary;
  } finally {
    await extractor.close();
  }
}

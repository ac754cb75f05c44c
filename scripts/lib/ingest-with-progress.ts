import { ingestRepository } from '../../graph-db/repositories/ingest-repository';
import { createDefaultExtractor } from '../../ingest/default-extractor';
import { runIngest, type IngestProgress, type IngestSummary } from '../../ingest/run-ingest';
import { progressPrinter } from './progress';

/** Ingests into the configured Neo4j with the default extractor and a progress bar labelled `label`. */
export async function ingestWithProgress(
  inputs: readonly string[],
  label: string,
  onProgress?: (progress: IngestProgress) => void,
): Promise<IngestSummary> {
  const printer = progressPrinter(label);
  const summary = await runIngest(inputs, {
    sink: ingestRepository,
    extract: createDefaultExtractor(),
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
}

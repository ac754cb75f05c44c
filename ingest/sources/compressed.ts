import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

/** Whole-file formats are read into memory; this keeps one stray huge file from doing harm. */
export const DEFAULT_MAX_WHOLE_BYTES = 64 * 1024 * 1024;

/** `<name>.<ext>.gz` is read as `<name>.<ext>`, decompressed on the way (the demo data ships so). */
export function isGzipPath(path: string): boolean {
  return path.toLowerCase().endsWith('.gz');
}

/**
 * A whole file's text, gunzipped when it ends in `.gz`. The decompressed size is bounded like a
 * plain file's, so a small compressed bomb cannot fill memory.
 */
export async function readWholeText(path: string, maxBytes: number): Promise<string> {
  const raw = await readFile(path);
  if (!isGzipPath(path)) return raw.toString('utf8');
  try {
    return gunzipSync(raw, { maxOutputLength: maxBytes }).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      throw new Error(`decompresses to more than ${maxBytes} bytes; split it or use JSONL`);
    throw new Error(`not a valid gzip file: ${(error as Error).message}`);
  }
}

import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DemoLoadStatus } from '@/model/demo-load';

/**
 * The demo load's progress travels from `npm start` (scripts/app.ts, which loads) to the web
 * server (which renders pages) through one small file: the two are separate processes.
 */
export function demoLoadStatusPath(root: string = process.cwd()): string {
  return path.resolve(root, 'var', 'demo-load.json');
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The load in progress, or null when none is (no file, a stale or unreadable one). */
export function readDemoLoadStatus(file: string = demoLoadStatusPath()): DemoLoadStatus | null {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  if (value === null || typeof value !== 'object') return null;
  const { stored, fraction, startedAt, pid } = value as Record<string, unknown>;
  if (
    typeof stored !== 'number' ||
    typeof fraction !== 'number' ||
    typeof startedAt !== 'string' ||
    typeof pid !== 'number' ||
    !alive(pid)
  ) {
    return null;
  }
  return { stored, fraction: Math.max(0, Math.min(1, fraction)), startedAt, pid };
}

/** Replaces the status at once (written aside, then renamed), so a reader never sees half. */
export function writeDemoLoadStatus(
  status: DemoLoadStatus,
  file: string = demoLoadStatusPath(),
): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const pending = `${file}.${process.pid}.tmp`;
  writeFileSync(pending, JSON.stringify(status));
  renameSync(pending, file);
}

export function clearDemoLoadStatus(file: string = demoLoadStatusPath()): void {
  rmSync(file, { force: true });
}

import type { GraphSlice } from '@/model/graph-slice';
import { asGraphSlice } from '@/components/explorer/graph-client';
import type { Position } from '@/components/graph/layouts';

/**
 * Positions and viewport of a saved view are JSON strings written by browsers: validate them
 * before handing them to the canvas (a bad value must degrade to "lay out again", not crash).
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function finite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** `{ [id]: {x, y} }` with every malformed entry dropped. */
export function parsePositions(text: string): Record<string, Position> {
  const raw = parseJson(text);
  const out: Record<string, Position> = {};
  if (!isRecord(raw)) return out;
  for (const [id, p] of Object.entries(raw)) {
    if (isRecord(p) && finite(p.x) && finite(p.y)) out[id] = { x: p.x, y: p.y };
  }
  return out;
}

/** `{ zoom, pan: {x, y} }`, or undefined when absent or malformed. */
export function parseViewport(text: string): { zoom: number; pan: Position } | undefined {
  const raw = parseJson(text);
  if (!isRecord(raw) || !finite(raw.zoom) || raw.zoom <= 0 || !isRecord(raw.pan)) return undefined;
  const { x, y } = raw.pan;
  return finite(x) && finite(y) ? { zoom: raw.zoom, pan: { x, y } } : undefined;
}

/** A snapshot view's stored elements, or undefined when absent or unreadable. */
export function parseSnapshot(text: string | null | undefined): GraphSlice | undefined {
  if (text === null || text === undefined || text === '') return undefined;
  const raw = parseJson(text);
  try {
    return asGraphSlice(raw);
  } catch {
    return undefined;
  }
}

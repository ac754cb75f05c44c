/**
 * The server's `Server-Timing` phases (graphql/execution/request-trace.ts), summed up over many
 * answers: where a miss spends its time inside the server, and outside it.
 */
import { median, percentiles } from './stats';

/** One answer's phases, ms by name, in the header's order. */
export function parseServerTiming(header: string): Map<string, number> {
  const phases = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim());
    const duration = params.find((p) => p.startsWith('dur='));
    if (name === '' || duration === undefined) continue;
    const ms = Number(duration.slice('dur='.length));
    if (Number.isFinite(ms)) phases.set(name, (phases.get(name) ?? 0) + ms);
  }
  return phases;
}

export interface PhaseFigures {
  readonly phase: string;
  readonly p50: number;
  readonly p95: number;
  readonly mean: number;
  /** Answers that reached the phase. */
  readonly count: number;
}

/** Phases after the server's own: its total, and the client's time outside it. */
export const SERVER_TOTAL = 'server';
export const OUTSIDE = 'outside';

/**
 * Per phase, over the answers that reached it; then the server's total and `outside`: the
 * client's time less the server's (both HTTP stacks, the two event loops' queues before the
 * request is read and after the answer is written). Empty when no answer carried the header.
 */
export function phaseBreakdown(
  answers: readonly { readonly ms: number; readonly serverTiming?: string }[],
): PhaseFigures[] {
  const samples = new Map<string, number[]>();
  const add = (phase: string, ms: number) => {
    const list = samples.get(phase);
    if (list) list.push(ms);
    else samples.set(phase, [ms]);
  };
  const totals: number[] = [];
  const outside: number[] = [];
  for (const answer of answers) {
    if (answer.serverTiming === undefined) continue;
    let total = 0;
    for (const [phase, ms] of parseServerTiming(answer.serverTiming)) {
      add(phase, ms);
      total += ms;
    }
    totals.push(total);
    outside.push(answer.ms - total);
  }
  if (totals.length === 0) return [];
  const figures = (phase: string, values: readonly number[]): PhaseFigures => {
    const p = percentiles(values);
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
    return { phase, p50: p.p50, p95: p.p95, mean, count: values.length };
  };
  return [
    ...[...samples].map(([phase, values]) => figures(phase, values)),
    figures(SERVER_TOTAL, totals),
    figures(OUTSIDE, outside),
  ];
}

/** Medians over rounds of each phase's figures (counts summed), in the first round's order. */
export function combinePhases(rounds: readonly (readonly PhaseFigures[])[]): PhaseFigures[] {
  const names = [...new Set(rounds.flatMap((round) => round.map((f) => f.phase)))];
  return names.map((phase) => {
    const found = rounds.flatMap((round) => round.filter((f) => f.phase === phase));
    const mid = (pick: (f: PhaseFigures) => number) => median(found.map(pick));
    return {
      phase,
      p50: mid((f) => f.p50),
      p95: mid((f) => f.p95),
      mean: mid((f) => f.mean),
      count: found.reduce((sum, f) => sum + f.count, 0),
    };
  });
}

/** `phase p50/p95/mean` for a log line. */
export function phaseText(figures: readonly PhaseFigures[]): string {
  return figures
    .map((f) => `${f.phase} ${f.p50.toFixed(2)}/${f.p95.toFixed(2)}/${f.mean.toFixed(2)}`)
    .join(', ');
}

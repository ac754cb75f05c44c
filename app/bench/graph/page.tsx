import { notFound } from 'next/navigation';
import { readStartSettings } from '@/config/server';
import { BENCH_MODES, type BenchMode } from '@/components/bench/bench-modes';
import { GraphBench } from '@/components/bench/graph-bench';

// Reads the environment at request time: the page exists only on a server started for benchmarks.
export const dynamic = 'force-dynamic';

interface Props {
  readonly searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Largest synthetic graph the page builds: a URL must not make the browser (or bench) hang. */
const MAX_NODES = 20_000;

/** `bench/ui.ts` page: `/bench/graph?n=2000&mode=explorer|preset|draft|fcose`, only with NARRAGRAPH_BENCH_PAGES=1. */
export default async function BenchGraphPage({ searchParams }: Props) {
  if (!readStartSettings().benchPages) notFound();
  const params = await searchParams;
  const n = Number(typeof params.n === 'string' ? params.n : '500');
  const mode = BENCH_MODES.find((m: BenchMode) => m === params.mode) ?? 'explorer';
  if (!Number.isInteger(n) || n < 1 || n > MAX_NODES) notFound();
  return <GraphBench n={n} mode={mode} />;
}

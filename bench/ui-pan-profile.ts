/**
 * Where a programmatic pan's frames go on the bench page (`/bench/graph`, served with
 * NARRAGRAPH_BENCH_PAGES=1 by a running `next start` on BENCH_UI_PORT, default 3107): opens
 * PROFILE_N nodes (default 5000) in PROFILE_MODE (default explorer), waits and drags as bench:ui
 * does (PROFILE_DRAG=0 skips the drag), then pans by `cy.panBy` each frame for 2 s under
 * Chromium's CPU profiler. Prints the drag's and the pan's frames, every pan frame over 50 ms with
 * the state of Cytoscape's layer textures (a renderer internal: queued layers, time since they were
 * last invalidated), the restyles and layer invalidations since the view was visible, and the
 * costliest call chains of the pan. See docs/benchmarks.md.
 *
 * PROFILE_TRACE=1 then pans by `cy.panBy` 2 s at a time under a Chromium trace, alternately as the
 * canvas draws and as it drew before components/graph/canvas-layers.ts (all three canvases shown,
 * layer bitmaps filtered while moving), twice each in the same page, and prints each pan's frame
 * rate and the main thread's and the display compositor's time per frame. PROFILE_UNCAPPED=1
 * runs the browser without its 60 frames/s cap (bench:ui's uncapped flags).
 */
import type { Core } from 'cytoscape';
import type { Page } from 'playwright';
import { launchBenchChromium } from './lib/bench-chromium';
import { dragFor, emptySpot } from './lib/drag-start';

const port = Number(process.env.BENCH_UI_PORT ?? 3107);
const n = Number(process.env.PROFILE_N ?? 5000);
const mode = process.env.PROFILE_MODE ?? 'explorer';
const withDrag = process.env.PROFILE_DRAG !== '0';
const GESTURE_MS = 2000;
const traced = process.env.PROFILE_TRACE === '1';
const UNCAPPED_ARGS = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];
/** Per frame: the main thread's frame work, its canvas flush, and the display compositor's draw. */
const TRACED_STEPS = [
  'ProxyMain::BeginMainFrame',
  'LayerTreeHost::DoUpdateLayers',
  'Display::DrawAndSwap',
] as const;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Cytoscape's layered texture cache, as far as this script reads and wraps it. */
interface LayerCache {
  layersQueue: { size(): number };
  lastInvalidationTime: number;
  invalidateElements: (eles: { length: number }) => unknown;
}

interface PanWindow {
  __bench?: { visible?: number; cy?: Core };
  __events?: { at: number; what: string }[];
  __frames?: number[];
}

async function main(): Promise<void> {
  const browser = await launchBenchChromium([
    '--disable-gpu',
    ...(process.env.PROFILE_UNCAPPED === '1' ? UNCAPPED_ARGS : []),
  ]);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // tsx (esbuild keepNames) wraps named functions of page.evaluate callbacks in __name().
  await page.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  await page.goto(`http://127.0.0.1:${port}/bench/graph?n=${n}&mode=${mode}`);
  await page.waitForFunction(() => (window as PanWindow).__bench?.visible !== undefined, null, {
    timeout: 120_000,
  });
  // Restyles of nodes and invalidations of the layer textures from here on.
  await page.evaluate(() => {
    const w = window as PanWindow;
    const cy = w.__bench?.cy;
    w.__events = [];
    cy?.on('style', 'node', () => w.__events?.push({ at: performance.now(), what: 'restyle' }));
    const lyr = (
      cy as unknown as { renderer(): { data: { lyrTxrCache?: LayerCache } } } | undefined
    )?.renderer().data.lyrTxrCache;
    if (lyr === undefined) return;
    const invalidate = lyr.invalidateElements.bind(lyr);
    lyr.invalidateElements = (eles) => {
      if (eles.length > 0) w.__events?.push({ at: performance.now(), what: 'invalidation' });
      return invalidate(eles);
    };
  });
  const startFrames = () =>
    page.evaluate(() => {
      const w = window as PanWindow;
      const frames = [performance.now()];
      w.__frames = frames;
      const tick = (now: number) => {
        if (w.__frames !== frames) return;
        frames.push(now);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  const stopFrames = () =>
    page.evaluate(() => {
      const w = window as PanWindow;
      const frames = w.__frames ?? [];
      delete w.__frames;
      let worst = 0;
      const slow: string[] = [];
      for (let i = 1; i < frames.length; i++) {
        const ms = (frames[i] ?? 0) - (frames[i - 1] ?? 0);
        worst = Math.max(worst, ms);
        if (ms >= 50)
          slow.push(
            `frame ${i} at +${((frames[i] ?? 0) - (frames[0] ?? 0)).toFixed(0)} ms: ${ms.toFixed(0)} ms`,
          );
      }
      const listed = slow.length > 0 ? `; over 50 ms: ${slow.join(', ')}` : '';
      return `${frames.length - 1} frames, worst ${worst.toFixed(0)} ms${listed}`;
    });
  await page.waitForTimeout(2000);
  const start = withDrag ? await emptySpot(page) : undefined;
  if (start !== undefined) {
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await startFrames();
    await dragFor(page, start, GESTURE_MS);
    console.log(`drag: ${await stopFrames()}`);
    await page.mouse.up();
  }
  // bench:ui's settle: ten frames in a row under 40 ms.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = performance.now();
        let quiet = 0;
        const tick = (now: number) => {
          quiet = now - last < 40 ? quiet + 1 : 0;
          last = now;
          if (quiet >= 10) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const frames = await page.evaluate(
    (ms) =>
      new Promise<{ at: number; ms: number; layers: string }[]>((resolve) => {
        const cy = (window as PanWindow).__bench?.cy;
        const lyr = (
          cy as unknown as { renderer(): { data: { lyrTxrCache?: LayerCache } } } | undefined
        )?.renderer().data.lyrTxrCache;
        const layers = () =>
          lyr === undefined
            ? '?'
            : `${lyr.layersQueue.size()} layers queued, invalidated ${(performance.now() - lyr.lastInvalidationTime).toFixed(0)} ms before`;
        const out: { at: number; ms: number; layers: string }[] = [];
        const began = performance.now();
        let last = began;
        let i = 0;
        const tick = (now: number) => {
          out.push({ at: now, ms: now - last, layers: layers() });
          last = now;
          if (now - began >= ms) {
            resolve(out);
            return;
          }
          const step = i % 20 < 10 ? 4 : -4;
          cy?.panBy({ x: step, y: step / 2 });
          i += 1;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    GESTURE_MS,
  );
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  const events = await page.evaluate(() => (window as PanWindow).__events ?? []);
  const panStart = frames[0]?.at ?? 0;
  const worst = frames.reduce((m, f) => Math.max(m, f.ms), 0);
  console.log(`${n} nodes, ${mode}; layers when the pan starts: ${frames[0]?.layers ?? '?'}`);
  for (const what of ['restyle', 'invalidation']) {
    const times = events.filter((e) => e.what === what).map((e) => e.at - panStart);
    const span =
      times.length > 0 ? `, ${times[0]?.toFixed(0)} to ${times.at(-1)?.toFixed(0)} ms` : '';
    console.log(`  ${times.length} ${what}s since visible (from the pan's start${span})`);
  }
  console.log(`panBy: ${frames.length - 1} frames, worst ${worst.toFixed(0)} ms`);
  for (const f of frames)
    if (f.ms >= 50)
      console.log(`  +${(f.at - panStart).toFixed(0)} ms: ${f.ms.toFixed(0)} ms (${f.layers})`);

  // Self time by call chain (the sampled function and its callers).
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const chains = new Map<string, number>();
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    if (us === 0 || node.callFrame.url === '') continue;
    const chain: string[] = [];
    for (
      let at: number | undefined = node.id;
      at !== undefined && chain.length < 6;
      at = parent.get(at)
    ) {
      const frame = byId.get(at)?.callFrame;
      chain.push(frame?.functionName || '(anonymous)');
    }
    const key = chain.join(' < ');
    chains.set(key, (chains.get(key) ?? 0) + us);
  }
  console.log('costliest call chains of the pan (self time):');
  for (const [key, us] of [...chains].sort((a, b) => b[1] - a[1]).slice(0, 10))
    console.log(`  ${(us / 1000).toFixed(0).padStart(6)} ms  ${key}`);
  if (traced) {
    for (const asBefore of [false, true, false, true]) console.log(await tracedPan(page, asBefore));
  }
  await browser.close();
}

interface TraceEvent {
  readonly ph: string;
  readonly name: string;
  readonly dur?: number;
  readonly tdur?: number;
}

/**
 * A 2 s `panBy` under a trace: frames per second and each TRACED_STEPS's thread time per frame.
 * `asBefore` shows the canvases canvas-layers.ts hides and keeps the layers filtered.
 */
async function tracedPan(page: Page, asBefore: boolean): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => {
    for (const e of data.value) events.push(e as unknown as TraceEvent);
  });
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'viz', 'cc'] },
    transferMode: 'ReportEvents',
  });
  const frames = await page.evaluate(
    ({ ms, asBefore }) =>
      new Promise<number>((resolve) => {
        const cy = (window as PanWindow).__bench?.cy;
        // Cytoscape's own canvases (not the pan overlay's picture).
        const canvases =
          cy?.container()?.querySelectorAll<HTMLCanvasElement>('canvas[data-id^="layer"]') ?? [];
        const node = cy
          ?.container()
          ?.querySelector<HTMLCanvasElement>('canvas[data-id="layer2-node"]');
        const began = performance.now();
        let i = 0;
        const tick = (now: number) => {
          if (now - began >= ms) {
            // Hidden again, as the canvas leaves them at rest.
            if (asBefore) for (const c of canvases) if (c !== node) c.style.display = 'none';
            resolve((i * 1000) / (now - began));
            return;
          }
          const step = i % 20 < 10 ? 4 : -4;
          cy?.panBy({ x: step, y: step / 2 });
          if (asBefore) {
            for (const c of canvases) c.style.display = '';
            const context = node?.getContext('2d');
            if (context) context.imageSmoothingEnabled = true;
          }
          i += 1;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    { ms: GESTURE_MS, asBefore },
  );
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const count = (frames * GESTURE_MS) / 1000;
  const perFrame = TRACED_STEPS.map((step) => {
    const us = events
      .filter((e) => e.ph === 'X' && e.name === step)
      .reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0);
    return `${step} ${(us / 1000 / count).toFixed(2)} ms`;
  });
  // Let the canvas come to rest (and draw filtered again) before the next pan.
  await page.waitForTimeout(500);
  return `panBy ${asBefore ? 'as before' : 'as drawn'}: ${frames.toFixed(1)} frames/s; per frame ${perFrame.join(', ')}`;
}

void main();

/**
 * Where the explorer's first draw of a big view spends its time, from navigation start, on the
 * bench page (`/bench/graph`, served with NARRAGRAPH_BENCH_PAGES=1 by a running production server
 * on BENCH_UI_PORT, default 3107): for PROFILE_SIZES (default 2000,5000) nodes, PROFILE_RUNS
 * (default 3) fresh browser contexts each, the median time of each step: the HTML and the scripts
 * loaded, hydration (the canvas mounted), the layout worker's start and its layout, Cytoscape's
 * add and style, the positions reaching the main thread, the worker's preview, the renderer
 * released and Cytoscape's first frame (the `narragraph:*` marks, components/graph/
 * first-draw-marks.ts), and bench:ui's `visible`. With PROFILE_PRESS=1 it also presses the mouse
 * on an empty spot while the view is drawn but before Cytoscape's first frame (PROFILE_PRESS_AT
 * ms after navigation, default the first run's preview time), drags 100 px and releases once the
 * canvas is interactive, and reports whether the view moved by the drag. See docs/benchmarks.md.
 */
import type { Page } from 'playwright';
import { launchBenchChromium } from './lib/bench-chromium';
import { FIRST_DRAW_MARK_PREFIX } from '../components/graph/first-draw-marks';
import { fmt, median } from './lib/stats';

const port = Number(process.env.BENCH_UI_PORT ?? 3107);
const sizes = (process.env.PROFILE_SIZES ?? '2000,5000').split(',').map(Number);
const runs = Number(process.env.PROFILE_RUNS ?? 3);
const press = process.env.PROFILE_PRESS === '1';
const DRAG = { x: 100, y: 50 };

interface Probe {
  steps: Record<string, number>;
  longTasks: { start: number; duration: number }[];
}

interface ProbeWindow {
  __bench?: { visible?: number; cy?: { zoom(): number; pan(): { x: number; y: number } } };
  __longtasks?: { start: number; duration: number }[];
  __presses?: number[];
}

const OBSERVERS = `
  globalThis.__name = globalThis.__name || ((f) => f);
  window.__longtasks = [];
  window.__presses = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  window.addEventListener('mousedown', (e) => window.__presses.push(e.timeStamp), true);
`;

async function readProbe(page: Page): Promise<Probe> {
  return page.evaluate((prefix) => {
    const w = window as ProbeWindow;
    const steps: Record<string, number> = {};
    const nav = performance.getEntriesByType('navigation')[0] as
      PerformanceNavigationTiming | undefined;
    if (nav !== undefined) {
      steps['html received'] = nav.responseEnd;
      steps['DOM parsed'] = nav.domInteractive;
    }
    const scripts = (
      performance.getEntriesByType('resource') as PerformanceResourceTiming[]
    ).filter((r) => r.initiatorType === 'script');
    steps['scripts loaded'] = scripts.reduce((m, r) => Math.max(m, r.responseEnd), 0);
    for (const mark of performance.getEntriesByType('mark')) {
      if (mark.name.startsWith(prefix)) steps[mark.name.slice(prefix.length)] = mark.startTime;
    }
    steps['visible (bench:ui)'] = w.__bench?.visible ?? NaN;
    return { steps, longTasks: w.__longtasks ?? [] };
  }, FIRST_DRAW_MARK_PREFIX);
}

/** Presses at `at` ms after navigation, drags, releases once interactive; what the view did. */
async function pressDuringDraw(page: Page, at: number, navigated: number): Promise<string> {
  // Near the canvas's top left corner: empty once the view is fitted.
  const box = { x: 30, y: 120 };
  // Node's clock: the page's would answer only once its main thread is free.
  const wait = navigated + at - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  await page.mouse.move(box.x, box.y);
  await page.mouse.down();
  await page.mouse.move(box.x + DRAG.x, box.y + DRAG.y, { steps: 5 });
  await page.waitForFunction(() => (window as ProbeWindow).__bench?.visible !== undefined);
  const before = await page.evaluate(() => {
    const cy = (window as ProbeWindow).__bench?.cy;
    return cy === undefined ? undefined : { ...cy.pan() };
  });
  await page.mouse.move(box.x + DRAG.x + 10, box.y + DRAG.y + 10, { steps: 2 });
  await page.mouse.up();
  const after = await page.evaluate(() => {
    const cy = (window as ProbeWindow).__bench?.cy;
    return cy === undefined ? undefined : { ...cy.pan() };
  });
  // Where the view was fitted: what the preview painted (the viewport a drag starts from).
  const fitted = await page.evaluate(() => window.__narragraph?.firstPaint()?.viewport.pan);
  const pressedAt = await page.evaluate(() => (window as ProbeWindow).__presses?.[0] ?? NaN);
  if (before === undefined || after === undefined) return 'no canvas';
  const whole =
    fitted === undefined
      ? ''
      : `, the whole drag by (${fmt(after.x - fitted.x, 0)}, ${fmt(after.y - fitted.y, 0)}) of (${DRAG.x + 10}, ${DRAG.y + 10})`;
  return `pressed at ${fmt(pressedAt, 0)} ms; the last 10 px of the drag moved the view by (${fmt(after.x - before.x, 0)}, ${fmt(after.y - before.y, 0)}) px${whole}`;
}

async function main(): Promise<void> {
  const browser = await launchBenchChromium();
  try {
    for (const n of sizes) {
      const all: Probe[] = [];
      let pressAt = Number(process.env.PROFILE_PRESS_AT ?? NaN);
      for (let run = 0; run < runs; run += 1) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        await page.addInitScript(OBSERVERS);
        const navigated = Date.now();
        await page.goto(`http://127.0.0.1:${port}/bench/graph?n=${n}&mode=explorer`, {
          waitUntil: 'commit',
        });
        const pressed =
          press && Number.isFinite(pressAt)
            ? await pressDuringDraw(page, pressAt, navigated)
            : undefined;
        await page.waitForFunction(() => (window as ProbeWindow).__bench?.visible !== undefined, {
          timeout: 120_000,
        });
        const probe = await readProbe(page);
        all.push(probe);
        if (!Number.isFinite(pressAt))
          pressAt = (probe.steps['preview-shown'] ?? probe.steps.positions ?? NaN) + 20;
        if (pressed !== undefined) console.log(`  ${n} run ${run + 1}: ${pressed}`);
        await context.close();
      }
      console.log(`\n${n} nodes, medians of ${runs} runs (ms from navigation start):`);
      const names = [...new Set(all.flatMap((p) => Object.keys(p.steps)))];
      const rows = names
        .map((name) => ({ name, at: median(all.map((p) => p.steps[name] ?? NaN)) }))
        .sort((a, b) => a.at - b.at);
      let last = 0;
      for (const { name, at } of rows) {
        console.log(
          `  ${name.padEnd(20)} ${fmt(at, 0).padStart(6)}  (+${fmt(at - last, 0).padStart(5)})`,
        );
        if (Number.isFinite(at)) last = at;
      }
      const visible = rows.find((r) => r.name === 'visible (bench:ui)')?.at ?? Infinity;
      const tasks = all.map((p) =>
        p.longTasks
          .filter((t) => t.start <= visible)
          .map((t) => `${fmt(t.start, 0)}+${fmt(t.duration, 0)}`)
          .join(' '),
      );
      for (const [i, t] of tasks.entries()) console.log(`  long tasks, run ${i + 1}: ${t}`);
    }
  } finally {
    await browser.close();
  }
}

await main();

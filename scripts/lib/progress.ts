/** Where progress lines go, and whether it redraws one line in place (a terminal) or appends. */
export interface ProgressOutput {
  readonly tty: boolean;
  write(text: string): void;
}

const stderrOutput: ProgressOutput = {
  tty: process.stderr.isTTY,
  write: (text) => process.stderr.write(text),
};

/**
 * A one-line progress bar on a terminal; on a pipe (CI, logs) a line every 10%, and a last line
 * with the final counts when they changed after the last one printed: the input is often all read
 * (100%) while its last batches are still being written.
 */
export function progressPrinter(label: string, output: ProgressOutput = stderrOutput) {
  const { tty } = output;
  let lastDecile = -1;
  let lastDraw = 0;
  let latest = '';
  let printed = '';
  const line = (percent: number, detail: string) => `${label}: ${percent}% ${detail}\n`;
  return {
    update(fraction: number, detail: string): void {
      const clamped = Math.max(0, Math.min(1, fraction));
      const percent = Math.floor(clamped * 100);
      latest = line(percent, detail);
      if (tty) {
        const now = Date.now();
        if (now - lastDraw < 100 && clamped < 1) return;
        lastDraw = now;
        const width = 30;
        const filled = Math.round(clamped * width);
        output.write(
          `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(percent).padStart(3)}% ${detail}\u001b[K`,
        );
      } else {
        const decile = Math.floor(percent / 10);
        if (decile === lastDecile) return;
        lastDecile = decile;
        printed = latest;
        output.write(latest);
      }
    },
    done(): void {
      if (tty) output.write('\n');
      else if (latest !== printed) output.write(latest);
    },
  };
}

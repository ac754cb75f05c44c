/** A one-line progress bar on a terminal; on a pipe (CI, logs) a line every 10%. */
export function progressPrinter(label: string) {
  const tty = process.stderr.isTTY;
  let lastDecile = -1;
  let lastDraw = 0;
  return {
    update(fraction: number, detail: string): void {
      const clamped = Math.max(0, Math.min(1, fraction));
      const percent = Math.floor(clamped * 100);
      if (tty) {
        const now = Date.now();
        if (now - lastDraw < 100 && clamped < 1) return;
        lastDraw = now;
        const width = 30;
        const filled = Math.round(clamped * width);
        process.stderr.write(
          `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(percent).padStart(3)}% ${detail}\u001b[K`,
        );
      } else {
        const decile = Math.floor(percent / 10);
        if (decile === lastDecile) return;
        lastDecile = decile;
        process.stderr.write(`${label}: ${percent}% ${detail}\n`);
      }
    },
    done(): void {
      if (tty) process.stderr.write('\n');
    },
  };
}

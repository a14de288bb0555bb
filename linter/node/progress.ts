/**
 * A progress bar on stderr for long runs: it appears only after `delayMs` (short runs stay quiet)
 * and redraws at most ten times a second. The caller decides whether stderr is a terminal.
 */
export function progressBar(
  write: (s: string) => void,
  total: number,
  delayMs = 1000,
): { update(done: number, total?: number): void; end(): void } {
  const started = Date.now();
  let shown = false;
  let last = 0;
  let done = 0;
  const draw = () => {
    const width = 30;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} files`);
    shown = true;
    last = Date.now();
  };
  const timer = setInterval(() => {
    if (Date.now() - started >= delayMs && Date.now() - last >= 100) draw();
  }, 100);
  timer.unref();
  return {
    update(n, t) {
      done = n;
      if (t !== undefined) total = t;
    },
    end() {
      clearInterval(timer);
      if (shown) write('\r\x1b[2K');
    },
  };
}

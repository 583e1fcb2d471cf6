// How long the event loop was held up lately (p99 over the last ten seconds), for /healthz and
// the benchmark: the first sign that a node takes more than it can carry.
import { type IntervalHistogram, monitorEventLoopDelay } from 'node:perf_hooks';

export class EventLoopDelay {
  private readonly histogram: IntervalHistogram = monitorEventLoopDelay({ resolution: 10 });
  private lastP99 = 0;
  private readonly window: NodeJS.Timeout;

  constructor(windowMs = 10_000) {
    this.histogram.enable();
    this.window = setInterval(() => {
      this.lastP99 = this.histogram.percentile(99) / 1e6;
      this.histogram.reset();
    }, windowMs);
    this.window.unref();
  }

  /** The p99 delay in milliseconds: of the current window once it has data, else the last one. */
  p99(): number {
    const current = this.histogram.count > 0 ? this.histogram.percentile(99) / 1e6 : this.lastP99;
    return Math.round(current * 100) / 100;
  }

  stop(): void {
    clearInterval(this.window);
    this.histogram.disable();
  }
}

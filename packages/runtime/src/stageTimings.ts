/**
 * Where a run's time goes, by named step ('fold: stage', 'derive: episodes', ...): wall-clock seconds summed over
 * every time the step ran. The bench prints it so the next person knows what to attack; a run given none pays nothing.
 */
export class StageTimings {
  private readonly seconds = new Map<string, number>();

  async time<T>(step: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.add(step, (performance.now() - started) / 1000);
    }
  }

  timeSync<T>(step: string, work: () => T): T {
    const started = performance.now();
    try {
      return work();
    } finally {
      this.add(step, (performance.now() - started) / 1000);
    }
  }

  add(step: string, seconds: number): void {
    this.seconds.set(step, (this.seconds.get(step) ?? 0) + seconds);
  }

  /** The steps in the order they first ran, with their seconds. */
  steps(): [step: string, seconds: number][] {
    return [...this.seconds];
  }

  clear(): void {
    this.seconds.clear();
  }
}

/** Runs `work` timed under `step` when there are timings to keep, and untimed otherwise. */
export function timed<T>(timings: StageTimings | undefined, step: string, work: () => Promise<T>): Promise<T> {
  return timings ? timings.time(step, work) : work();
}

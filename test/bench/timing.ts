// Small timing helpers: medians and percentiles of repeated runs, all in milliseconds.

export function timeRuns(runs: number, task: (run: number) => void): number[] {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    task(run);
    times.push(performance.now() - started);
  }
  return times;
}

export function percentile(times: number[], fraction: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

export const median = (times: number[]): number => percentile(times, 0.5);

export function ms(value: number): string {
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
}

export function verdict(pass: boolean): string {
  return pass ? 'pass' : 'FAIL';
}

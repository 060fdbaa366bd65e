// Order statistics for the timing metrics. Nearest-rank, so a p95 is always a value that occurred.

/** The q-quantile (0..1) of `values` by the nearest-rank method. */
export function quantile(values, q) {
  if (values.length === 0) throw new Error('quantile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const p95 = (values) => quantile(values, 0.95);
export const median = (values) => quantile(values, 0.5);
/** Two decimals: the table's precision, and finer than any of these clocks deserve. */
export const round2 = (n) => Math.round(n * 100) / 100;
/** Progress goes to stderr: stdout belongs to the runner's table. */
export const log = (...args) => console.error('bench:', ...args);

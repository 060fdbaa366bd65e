// What a bench row is: a measured figure held to its target, or a reference beside one.

/**
 * Reference rows (bench/README.md) sit beside a metric to explain it; the target they carry is that
 * metric's. They are the wall-clock twins (`.wall`), the median differences (`.vs_…`) and the rows
 * named `ref` (`list.load_10k_ms.ref`, `…script_ref`, `db.capture.floor_ref_p95_ms`).
 */
export const isReference = (metric) =>
  metric.endsWith('.wall') || metric.includes('.vs_') || /[._]ref(_|$)/.test(metric);

/** Whether a row's value is within its own target (every target is an upper bound). */
export const withinTarget = (row) => row.value <= row.target;

/** 'ref' for a reference row, else whether the value is within its target. */
export const verdict = (row) => (isReference(row.metric) ? 'ref' : withinTarget(row) ? 'yes' : 'NO');

/**
 * Run async jobs one after another. The worker is a single instance, so this keeps its scans,
 * catch-ups and outbox deliveries from interleaving (the database transaction already keeps the
 * marking exactly-once; this keeps two deliveries of one outbox row from racing).
 */
export function createSerialQueue(): <T>(job: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>) => {
    const run = tail.then(job);
    tail = run.catch(() => undefined);
    return run;
  };
}

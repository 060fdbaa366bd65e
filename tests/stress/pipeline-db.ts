import type { Page } from '@playwright/test';

/** The pipeline database as the extension's own pages read it (same origin): every table, every row. */
export async function readDatabase(page: Page): Promise<Record<string, Record<string, unknown>[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, Record<string, unknown>[]>>((resolve, reject) => {
        const open = indexedDB.open('sidecar');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, Record<string, unknown>[]> = {};
          for (const name of names) {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => (out[name] = req.result as Record<string, unknown>[]);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Whole-database invariants that hold after anything: no row twice, no reference pointing nowhere. */
export function checkInvariants(db: Record<string, Record<string, unknown>[]>): string[] {
  const problems: string[] = [];
  const ids = (table: string) => new Set((db[table] ?? []).map((r) => r.id as string));
  const people = ids('prospects');
  const deals = ids('deals');
  const runs = ids('cadenceRuns');
  const pipelines = ids('pipelines');
  const refs: [string, string, Set<string>, boolean][] = [
    ['deals', 'personId', people, true],
    ['deals', 'pipelineId', pipelines, true],
    ['activities', 'personId', people, true],
    ['activities', 'dealId', deals, false],
    ['followUps', 'personId', people, true],
    ['followUps', 'dealId', deals, false],
    ['followUps', 'cadenceRunId', runs, false],
    ['cadenceRuns', 'personId', people, true],
  ];
  for (const [table, field, targets, required] of refs) {
    for (const row of db[table] ?? []) {
      const to = row[field];
      if ((to == null && !required) || targets.has(to as string)) continue;
      problems.push(`${table} ${String(row.id)}: ${field} points nowhere`);
    }
  }
  const once = (label: string, values: unknown[]) => {
    const seen = new Set<unknown>();
    for (const v of values) {
      if (v == null) continue;
      if (seen.has(v)) problems.push(`${label} twice: ${String(v)}`);
      seen.add(v);
    }
  };
  once(
    'an email address on two people',
    (db.prospects ?? []).flatMap((p) => p.emails as string[]),
  );
  once(
    'an activity dedupeKey',
    (db.activities ?? []).map((a) => a.dedupeKey),
  );
  once(
    'a follow-up dedupeKey',
    (db.followUps ?? []).map((f) => f.dedupeKey),
  );
  // A person and their "captured" activity are written together (whole or absent).
  const captured = new Set((db.activities ?? []).filter((a) => a.kind === 'captured').map((a) => a.personId));
  for (const p of db.prospects ?? [])
    if (!captured.has(p.id)) problems.push(`person ${String(p.id)} without their captured activity`);
  return problems;
}

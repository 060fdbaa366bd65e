import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshDb } from '../../db/test-db';
import { messagesFor } from '../harness';
import { buildRows, pipelineArb } from './arbitrary-pipeline';
import { backupOf, restore, userData } from './restore-harness';

describe('backup and restore round trip (property)', () => {
  it('fills every table, backs up, deletes everything, restores: the same database', async () => {
    await fc.assert(
      fc.asyncProperty(pipelineArb, async (spec) => {
        fakeBrowser.reset();
        const db = await freshDb();
        const rows = buildRows(spec);
        await db.transaction('rw', db.tables, async () => {
          await Promise.all(Object.keys(rows).map((t) => db.table(t).clear()));
          for (const [table, list] of Object.entries(rows)) await db.table(table).bulkAdd(list);
        });
        const before = await userData(db);
        const text = await backupOf(db);
        await messagesFor(db).sendOk('deleteAllData', { confirm: 'delete everything' });
        expect(await db.prospects.count()).toBe(0);
        const job = await restore(db, text);
        expect(job.status).toBe('done');
        expect(job.result).toMatchObject({ rejectedCount: 0, danglingCount: 0 });
        expect(await userData(db)).toEqual(before);
        db.close();
      }),
      { numRuns: 12 },
    );
  });
});

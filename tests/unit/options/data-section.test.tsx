// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DataSection } from '@/components/options/data-section';
import { runJob } from '@/lib/worker/jobs/runner';
import { addPerson, newDb, renderPanel, sendFor } from '../components/harness';
import { backupOf } from '../worker/jobs/restore-harness';

afterEach(cleanup);

describe('the options page’s data section with a job', () => {
  it('shows a restore’s summary, restores on confirmation, and says how many records it holds now', async () => {
    const source = await newDb();
    await addPerson(source, { name: 'Олена Коваленко' });
    const db = await newDb();
    const send = sendFor(db);
    const started = await send('restoreBackup', { text: await backupOf(source) });
    if (!started.ok) throw new Error(started.error);
    await runJob(db, started.value.jobId);
    renderPanel(<DataSection />, db, send);
    await screen.findByText('This backup holds:');
    expect(screen.getByText('People: 1')).toBeTruthy();
    expect(screen.getByText('Restoring replaces everything Sidecar holds now with this backup.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Restore this backup' }));
    await waitFor(async () => expect((await db.jobs.get(started.value.jobId))?.status).toBe('done'));
    await screen.findByText(/^Restored\. Records now in Sidecar: \d+\.$/);
    expect(await db.prospects.count()).toBe(1);
  });

  it('shows an import’s progress bar and lets the user cancel it', async () => {
    const db = await newDb();
    const send = sendFor(db);
    await db.jobs.add({
      id: 'j1',
      kind: 'csv-import',
      status: 'running',
      phase: 'apply',
      progress: { done: 400, total: 2000 },
      cursor: 2,
      params: {},
      result: { created: 400, updated: 0, skipped: 0, failed: 0, headers: [], errors: [], errorCount: 0 },
      error: null,
      createdAt: 1,
      updatedAt: 1,
    });
    renderPanel(<DataSection />, db, send);
    const bar = await screen.findByRole('progressbar', { name: 'Importing: 400 of 2,000 rows' });
    expect(bar.getAttribute('value')).toBe('400');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await screen.findByText('Import stopped. The rows imported before it stopped stay.');
  });
});

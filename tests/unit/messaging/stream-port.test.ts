import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import type { SidecarDB } from '@/lib/db/schema';
import { serveUploads } from '@/lib/messaging/stream-port';
import { UPLOAD_PIECE_CHARS, UPLOAD_PORT_NAME } from '@/lib/messaging/upload-protocol';
import { textPieces, uploadFile } from '@/lib/panel/upload-file';
import { runJob } from '@/lib/worker/jobs/runner';
import { addPerson, freshDb } from '../db/test-db';
import { backupOf } from '../worker/jobs/restore-harness';

type Port = Browser.runtime.Port;
type Listener = (...args: unknown[]) => void;

/** Two connected port ends, as runtime.connect gives them (messages cloned and delivered later). */
function portPair(sender: Browser.runtime.MessageSender): [client: Port, server: Port] {
  const make = () => {
    const messages: Listener[] = [];
    const disconnects: Listener[] = [];
    return { messages, disconnects, open: true };
  };
  const a = make();
  const b = make();
  const end = (self: ReturnType<typeof make>, other: ReturnType<typeof make>, withSender: boolean): Port =>
    ({
      name: UPLOAD_PORT_NAME,
      ...(withSender ? { sender } : {}),
      postMessage: (m: unknown) => {
        const copy = structuredClone(m);
        setTimeout(() => other.open && other.messages.forEach((l) => l(copy)), 0);
      },
      onMessage: { addListener: (l: Listener) => self.messages.push(l) },
      onDisconnect: { addListener: (l: Listener) => self.disconnects.push(l) },
      disconnect: () => {
        self.open = false;
        if (other.open) setTimeout(() => other.disconnects.forEach((l) => l()), 0);
        other.open = false;
      },
    }) as unknown as Port;
  return [end(a, b, false), end(b, a, true)];
}

describe('the upload port (a file of any size, streamed to the worker)', () => {
  let db: SidecarDB;
  let connect: (sender?: Browser.runtime.MessageSender) => Port;
  const page = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });
  beforeEach(async () => {
    fakeBrowser.reset();
    db = await freshDb();
    const listeners: ((port: Port) => void)[] = [];
    serveUploads(db, { jobHeartbeat: () => undefined, jobSettled: () => undefined }, {
      addListener: (l: (port: Port) => void) => listeners.push(l),
      removeListener: () => undefined,
    } as never);
    connect = (sender = page()) => {
      const [client, server] = portPair(sender);
      listeners.forEach((l) => l(server));
      return client;
    };
  });

  it('pieces never split a character and never pass the limit (8 MiB once serialised)', async () => {
    const text = '😀ł'.repeat(5_000) + 'x';
    const pieces: string[] = [];
    for await (const p of textPieces(new Blob([text]), 7)) pieces.push(p);
    expect(pieces.join('')).toBe(text);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(7);
    expect(pieces.every((p) => !/[\uD800-\uDBFF]$/.test(p))).toBe(true);
    expect(UPLOAD_PIECE_CHARS * 6).toBeLessThanOrEqual(8 * 1024 * 1024);
  });

  it('a backup sent in many pieces becomes a restore job over the whole file', async () => {
    await addPerson(db, { name: 'Олена Коваленко' });
    const text = await backupOf(db);
    const sent: number[] = [];
    const jobId = await uploadFile(new Blob([text]), 'restore', 'backup.jsonl', {
      connect: () => connect(),
      pieceChars: 200,
      onPiece: (n) => sent.push(n),
    });
    expect(sent.length).toBe(Math.ceil(text.length / 200));
    await runJob(db, jobId);
    const job = (await db.jobs.get(jobId))!;
    expect(job).toMatchObject({
      kind: 'restore',
      status: 'awaiting-confirmation',
      params: { fileName: 'backup.jsonl' },
    });
    expect(job.result).toMatchObject({ tables: { prospects: 1 }, rejectedCount: 0 });
  });

  it('refuses a content script (only extension pages may upload), and cancels an upload cut off', async () => {
    const tabSender = { id: fakeBrowser.runtime.id, tab: { id: 3 } as never, url: 'https://www.linkedin.com/feed/' };
    await expect(
      uploadFile(new Blob(['name\nX']), 'csv-import', 'a.csv', { connect: () => connect(tabSender) }),
    ).rejects.toThrow();
    expect(await db.jobs.count()).toBe(0);
    const client = connect();
    client.postMessage({ type: 'begin', kind: 'csv-import', fileName: 'big.csv' });
    await vi.waitFor(async () => expect(await db.jobs.count()).toBe(1));
    client.postMessage({ type: 'piece', seq: 0, text: 'name\nAyşe' });
    await vi.waitFor(async () => expect(await db.jobData.count()).toBe(1));
    client.disconnect();
    await vi.waitFor(async () => expect((await db.jobs.toArray())[0]?.status).toBe('cancelled'));
    expect(await db.jobData.count()).toBe(0);
  });
});

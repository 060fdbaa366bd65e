import { z } from 'zod';
import { browser } from '#imports';
import type { Browser } from 'wxt/browser';
import type { SidecarDB } from '../db/schema';
import { addUploadPiece, beginUpload, endUpload } from '../worker/jobs/upload';
import { cancelJob } from '../worker/jobs/commands';
import { runJob, type JobHooks } from '../worker/jobs/runner';
import { extensionCaller } from './transport/gate';
import { browserServerDeps } from './transport/server';
import { OpIdSchema } from './protocol-shared';
import { CsvImportOptionsSchema } from '../portability/csv-import-options';
import { UPLOAD_PIECE_CHARS, UPLOAD_PORT_NAME, type UploadReply } from './upload-protocol';

const RequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('begin'),
    kind: z.enum(['restore', 'csv-import']),
    fileName: z.string().max(300),
    /** An import's choices (delimiter, header line, mapping, what to do with people already there). */
    options: CsvImportOptionsSchema.optional(),
    opId: OpIdSchema,
  }),
  z.object({ type: z.literal('piece'), seq: z.number().int().min(0), text: z.string().max(UPLOAD_PIECE_CHARS) }),
  z.object({ type: z.literal('end'), pieces: z.number().int().min(0) }),
]);

type Port = Browser.runtime.Port;

/**
 * The worker's end of the upload port (upload-protocol.ts): only extension pages may connect (the same
 * sender check as extension-only messages). Pieces are stored in order as the job's input, each
 * acknowledged once stored; at the end the job runs. A port that closes before its end cancels its job.
 */
export function serveUploads(db: SidecarDB, hooks: JobHooks, onConnect = browser.runtime.onConnect): () => void {
  const listener = (port: Port) => {
    if (port.name !== UPLOAD_PORT_NAME) return;
    if (!port.sender || !extensionCaller(port.sender, browserServerDeps())) return port.disconnect();
    serveOne(db, hooks, port);
  };
  onConnect.addListener(listener);
  return () => onConnect.removeListener(listener);
}

function serveOne(db: SidecarDB, hooks: JobHooks, port: Port): void {
  let jobId: string | null = null;
  let ended = false;
  let queue = Promise.resolve();
  const reply = (message: UploadReply) => port.postMessage(message);
  const handle = async (raw: unknown) => {
    const request = RequestSchema.safeParse(raw);
    if (!request.success) return reply({ type: 'error', error: 'invalid-input' });
    const r = request.data;
    if (r.type === 'begin') {
      if (jobId) return reply({ type: 'error', error: 'conflict' });
      const begun = await beginUpload(
        db,
        { kind: r.kind, params: { fileName: r.fileName, options: r.options ?? {} } },
        { now: Date.now(), opId: r.opId },
      );
      if (!begun.ok) return reply({ type: 'error', error: begun.error });
      jobId = begun.value.jobId;
      return reply({ type: 'ready', jobId });
    }
    if (!jobId) return reply({ type: 'error', error: 'conflict' });
    if (r.type === 'piece') {
      const stored = await addUploadPiece(db, { jobId, seq: r.seq, text: r.text });
      return reply(stored ? { type: 'ack', seq: r.seq } : { type: 'error', error: 'conflict' });
    }
    if (!(await endUpload(db, { jobId, pieces: r.pieces }))) return reply({ type: 'error', error: 'conflict' });
    ended = true;
    void runJob(db, jobId, hooks);
    return reply({ type: 'started', jobId });
  };
  // One request at a time, in order: a piece is stored before the next is looked at.
  port.onMessage.addListener((raw: unknown) => {
    queue = queue
      .then(() => handle(raw))
      .catch((error: unknown) => {
        console.error('[sidecar] upload failed', error);
        if (jobId) reply({ type: 'error', error: 'internal' });
      });
  });
  port.onDisconnect.addListener(() => {
    void queue.then(() => (jobId && !ended ? cancelJob(db, { jobId }, { now: Date.now() }) : undefined));
  });
}

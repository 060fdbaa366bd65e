import { browser } from '#imports';
import type { Browser } from 'wxt/browser';
import {
  UPLOAD_PIECE_CHARS,
  UPLOAD_PORT_NAME,
  type UploadKind,
  type UploadReply,
  type UploadRequest,
} from '../messaging/upload-protocol';
import type { CsvImportOptions } from '../portability/csv-import-options';

/** The pieces of a file's text, each at most UPLOAD_PIECE_CHARS long, read as the file streams (never all at once). */
export async function* textPieces(file: Blob, size = UPLOAD_PIECE_CHARS, encoding = 'utf-8'): AsyncGenerator<string> {
  // Chromium's and Firefox's decoders read every encoding spreadsheets save CSV in (csv-encoding.ts).
  const reader = file.stream().pipeThrough(new TextDecoderStream(encoding)).getReader();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (value) buffer += value;
    while (buffer.length >= size || (done && buffer.length > 0)) {
      let cut = Math.min(size, buffer.length);
      // Never split a surrogate pair between two pieces.
      if (cut < buffer.length && /[\uD800-\uDBFF]/.test(buffer[cut - 1]!)) cut -= 1;
      yield buffer.slice(0, cut);
      buffer = buffer.slice(cut);
    }
    if (done) return;
  }
}

export interface UploadOptions {
  onPiece?: (sent: number) => void;
  connect?: () => Browser.runtime.Port;
  pieceChars?: number;
  /** The file's encoding (a CSV's, as detected or chosen); UTF-8 otherwise. */
  encoding?: string;
  /** An import's choices, sent with the file's name. */
  importOptions?: CsvImportOptions;
}

/**
 * Send a file to the worker over the upload port (lib/messaging/upload-protocol.ts), piece by piece,
 * each acknowledged before the next; resolves with the job that then runs on it. `onPiece` reports
 * how many pieces were stored. A port that closes early rejects (the worker cancels the job).
 */
export function uploadFile(
  file: Blob,
  kind: UploadKind,
  fileName: string,
  options: UploadOptions = {},
): Promise<string> {
  const { onPiece = () => undefined, pieceChars = UPLOAD_PIECE_CHARS } = options;
  const port = (options.connect ?? (() => browser.runtime.connect({ name: UPLOAD_PORT_NAME })))();
  const pieces = textPieces(file, Math.min(pieceChars, UPLOAD_PIECE_CHARS), options.encoding);
  let seq = 0;
  return new Promise<string>((resolve, reject) => {
    const send = (request: UploadRequest) => port.postMessage(request);
    const next = async () => {
      const { done, value } = await pieces.next();
      send(done ? { type: 'end', pieces: seq } : { type: 'piece', seq: seq++, text: value });
    };
    port.onMessage.addListener((reply: UploadReply) => {
      if (reply.type === 'error') {
        port.disconnect();
        reject(new Error(reply.error));
      } else if (reply.type === 'started') {
        port.disconnect();
        resolve(reply.jobId);
      } else {
        if (reply.type === 'ack') onPiece(reply.seq + 1);
        next().catch((error: unknown) => {
          port.disconnect();
          reject(error instanceof Error ? error : new Error(String(error)));
        });
      }
    });
    port.onDisconnect.addListener(() => reject(new Error('the worker went away')));
    send({ type: 'begin', kind, fileName, ...(options.importOptions ? { options: options.importOptions } : {}) });
  });
}

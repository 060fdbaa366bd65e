/**
 * The upload port: how an extension page streams a file of any size to the worker (a backup to
 * restore, a CSV to import). Runtime messages stop at 64 MiB; the file goes in pieces of at most
 * UPLOAD_PIECE_CHARS characters, each acknowledged before the next, so neither side holds more than a
 * piece in flight. Types and constants only: the page bundles no zod (the worker parses, stream-port.ts).
 */
import type { CsvImportOptions } from '../portability/csv-import-options';

export const UPLOAD_PORT_NAME = 'sidecar:upload';

/** Characters per piece: at most 6 MiB once serialised (6 bytes per character, escaped), under the 8 MiB asked. */
export const UPLOAD_PIECE_CHARS = 1 << 20;

export type UploadKind = 'restore' | 'csv-import';

export type UploadRequest =
  | { type: 'begin'; kind: UploadKind; fileName: string; options?: CsvImportOptions; opId?: string }
  | { type: 'piece'; seq: number; text: string }
  | { type: 'end'; pieces: number };

export type UploadReply =
  | { type: 'ready'; jobId: string }
  | { type: 'ack'; seq: number }
  | { type: 'started'; jobId: string }
  | { type: 'error'; error: string };

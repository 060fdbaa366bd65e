import type { Table } from 'dexie';
import type { Result } from '../domain/result';
import type { SidecarDB } from '../db/schema';
import { findOperation, recordOperation } from '../db/repositories/operations';
import { storageErrorOf } from './storage-errors';

/**
 * Who asked and when: the time of the request, and the operation id the sender gave it (a retry of
 * the same user action carries the same id; see lib/panel/send-context.ts).
 */
export interface Call {
  now: number;
  opId?: string | undefined;
}

/** A call made now, without an operation id (the worker's own calls, tests). */
export const callNow = (): Call => ({ now: Date.now() });

/** Thrown inside the transaction to abort it when the use-case decides not to apply: nothing stays half-written. */
class Declined extends Error {
  constructor(readonly result: Result<never>) {
    super(result.ok ? 'declined' : result.error);
  }
}

/**
 * Run one use-case whole or absent: `body` runs in one readwrite transaction over `tables` and the
 * operation log. A failed Result aborts the transaction (nothing it wrote stays). With an operation
 * id, an operation already applied is answered with its stored reply and not applied again, and a
 * new one is recorded in the same transaction as its effect. The transaction commits with strict
 * durability (lib/db/durability.ts). IndexedDB's own failures (full disk, closed connection, an
 * upgrade elsewhere) become a typed error (storage-errors.ts); anything else is a bug and is thrown.
 *
 * `body` must not await anything but Dexie inside (https://dexie.org/docs/Dexie/Dexie.transaction()):
 * read from the browser (storage.session, crypto.subtle) before calling this.
 */
export async function runUseCase<T>(
  db: SidecarDB,
  name: string,
  call: Call,
  tables: readonly Table[],
  body: () => Promise<Result<T>>,
): Promise<Result<T>> {
  try {
    return await db.transaction('rw', [db.operations, ...tables], async () => {
      if (call.opId !== undefined) {
        const done = await findOperation(db, call.opId);
        if (done) return sameOperation(done.name, name, done.reply as Result<T>);
      }
      const result = await body();
      if (!result.ok) throw new Declined(result);
      if (call.opId !== undefined) await recordOperation(db, { id: call.opId, name, at: call.now, reply: result });
      return result;
    });
  } catch (error) {
    if (error instanceof Declined) return error.result;
    const code = storageErrorOf(error);
    if (code === null) throw error;
    return { ok: false, error: code, detail: error instanceof Error ? error.message.slice(0, 300) : String(error) };
  }
}

/** An id reused for another message is a sender's bug, never a retry: refuse it rather than answer wrongly. */
function sameOperation<T>(stored: string, name: string, reply: Result<T>): Result<T> {
  return stored === name ? reply : { ok: false, error: 'conflict', detail: 'operation id already used' };
}

/**
 * Reads a use-case needs before its transaction (the suppression list's salts, for hashing with
 * crypto.subtle): IndexedDB's own failures there answer as the use-case's would (storage-full…).
 */
export async function readBefore<T>(read: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    const code = storageErrorOf(error);
    if (code === null) throw error;
    return { ok: false, error: code, detail: error instanceof Error ? error.message.slice(0, 300) : String(error) };
  }
}

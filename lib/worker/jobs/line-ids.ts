import { v5 as uuidV5 } from 'uuid';
import type { ImportMode } from '../../portability/csv-import-options';
import type { ImportRow } from '../../portability/csv-rows';
import type { CaptureIds } from '../capture';

/** The UUID namespace of ids Sidecar derives from names (RFC 9562 §5.5), itself a random v4 UUID. */
const NAMESPACE = 'a8d2c7e4-3b1f-4f6e-9c0a-5d7b2e1f8c34';

/**
 * A name-based (version 5) UUID: the same name always gives the same id. An import names each row by
 * its job and line, so a step run again writes the rows it wrote before, never new ones. Synchronous
 * (uuid's own SHA-1): `crypto.subtle` digests for an import's ids cost half a second in promise turns
 * alone. Each is still about 8 µs, so an import derives only the ids it uses.
 */
export function uuidFromName(name: string): string {
  return uuidV5(name, NAMESPACE);
}

/** How a row named by its name and company (not by its job and line) is named: `${BY_CONTENT}name|company`. */
const BY_CONTENT = 'csv-row:';

const fold = (s: string | null) => (s ?? '').normalize('NFC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();

/**
 * The name a row's new ids derive from. A row with an address or a profile is found again by them; a
 * row with only a name is named by its name and company, so the same file imported again finds the
 * person it made the first time instead of making another. "Create" always names by job and line.
 */
export function rowIdName(jobId: string, row: ImportRow, mode: ImportMode): string {
  const byLine = mode === 'create' || row.emails.length > 0 || row.linkedinUrl;
  return byLine ? `${jobId}:${row.line}` : `${BY_CONTENT}${fold(row.displayName)}|${fold(row.company)}`;
}

/** The ids an import row's new person gets, their "captured" activity's and their notes'. */
export interface RowIds {
  person(): string;
  activity(): string;
  note(): string;
  /**
   * Whether a person may be stored under `person()` before this step: a row named by its content (the
   * same row of an earlier import). An id named by job and line is written only by this job's committed
   * steps, whose rows are never applied again.
   */
  mayBeStored: boolean;
}

/**
 * How a row's ids are named: the name they derive from, or the ids themselves, as an import's work stored
 * them before rows carried names (a job resumed after an update; never written now).
 */
export type RowNaming = { idName: string } | { ids: CaptureIds & { noteId: string } };

/** A row's ids, each derived from its name when first asked for (or as its stored work gives them). */
export function rowIdsOf(item: RowNaming): RowIds {
  if ('ids' in item) {
    const { ids } = item;
    return { person: () => ids.personId, activity: () => ids.activityId, note: () => ids.noteId, mayBeStored: true };
  }
  const name = item.idName;
  let person: string | undefined;
  return {
    person: () => (person ??= uuidFromName(`${name}:person`)),
    activity: () => uuidFromName(`${name}:activity`),
    note: () => uuidFromName(`${name}:note`),
    mayBeStored: name.startsWith(BY_CONTENT),
  };
}

/**
 * What the user is told when IndexedDB itself fails (catalogue keys `error.<code>`): the disk is full,
 * another context is upgrading the database, or the connection went away. Every use-case and job
 * answers one of these instead of 'internal', and has written nothing (its transaction aborted).
 */
export const STORAGE_ERROR_CODES = ['storage-full', 'storage-upgrading', 'storage-unavailable'] as const;
export type StorageErrorCode = (typeof STORAGE_ERROR_CODES)[number];

// DOMException names (IndexedDB) and Dexie's own error names (https://dexie.org/docs/DexieErrors/DexieError).
const BY_NAME: Record<string, StorageErrorCode> = {
  QuotaExceededError: 'storage-full',
  VersionChangeError: 'storage-upgrading',
  VersionError: 'storage-upgrading',
  UpgradeError: 'storage-upgrading',
  DatabaseClosedError: 'storage-unavailable',
  InvalidStateError: 'storage-unavailable',
  OpenFailedError: 'storage-unavailable',
  UnknownError: 'storage-unavailable',
  MissingAPIError: 'storage-unavailable',
  TimeoutError: 'storage-unavailable',
};

/** The errors an error carries: Dexie wraps IndexedDB's (`inner`), bulk and modify errors list theirs. */
function causesOf(error: unknown): unknown[] {
  if (typeof error !== 'object' || error === null) return [];
  const e = error as { inner?: unknown; cause?: unknown; failures?: unknown };
  return [e.inner, e.cause, ...(Array.isArray(e.failures) ? e.failures : [])].filter((c) => c != null);
}

/**
 * The storage error code of a thrown error, or null when it is not IndexedDB failing (a bug: the
 * caller lets it through as 'internal'). A full disk wins over the abort it causes.
 */
export function storageErrorOf(error: unknown, depth = 0): StorageErrorCode | null {
  if (depth > 4 || typeof error !== 'object' || error === null) return null;
  const found = causesOf(error)
    .map((c) => storageErrorOf(c, depth + 1))
    .filter((c) => c !== null);
  if (found.includes('storage-full')) return 'storage-full';
  const own = BY_NAME[(error as { name?: string }).name ?? ''];
  if (own) return own;
  if (found[0]) return found[0];
  // An abort with no reason given: the connection closed under the transaction (another context's
  // upgrade, the browser shutting the database).
  return (error as { name?: string }).name === 'AbortError' ? 'storage-unavailable' : null;
}

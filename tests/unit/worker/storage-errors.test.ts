import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { storageErrorOf } from '@/lib/worker/storage-errors';

const dom = (name: string) => new DOMException('x', name);

describe('IndexedDB failures as typed errors', () => {
  it('names a full disk, however Dexie wraps it', () => {
    expect(storageErrorOf(dom('QuotaExceededError'))).toBe('storage-full');
    expect(storageErrorOf(new Dexie.QuotaExceededError(dom('QuotaExceededError')))).toBe('storage-full');
    expect(storageErrorOf(new Dexie.AbortError('aborted', dom('QuotaExceededError')))).toBe('storage-full');
    expect(storageErrorOf(new Dexie.ModifyError('modify', [dom('QuotaExceededError')], 0, []))).toBe('storage-full');
    expect(storageErrorOf(new Dexie.BulkError('bulk', { 3: dom('QuotaExceededError') }))).toBe('storage-full');
  });

  it('names an upgrade elsewhere and a connection gone', () => {
    expect(storageErrorOf(new Dexie.VersionChangeError('changed'))).toBe('storage-upgrading');
    expect(storageErrorOf(dom('VersionError'))).toBe('storage-upgrading');
    expect(storageErrorOf(new Dexie.DatabaseClosedError())).toBe('storage-unavailable');
    expect(storageErrorOf(dom('InvalidStateError'))).toBe('storage-unavailable');
    expect(storageErrorOf(new Dexie.AbortError())).toBe('storage-unavailable');
    expect(storageErrorOf(new Dexie.OpenFailedError(dom('UnknownError')))).toBe('storage-unavailable');
  });

  it('leaves bugs alone (they answer internal)', () => {
    expect(storageErrorOf(new TypeError('x is undefined'))).toBeNull();
    expect(storageErrorOf(dom('DataCloneError'))).toBeNull();
    expect(storageErrorOf(dom('ConstraintError'))).toBeNull();
    expect(storageErrorOf('text')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { SidecarDB } from '@/lib/db/schema';
import { BACKUP_TABLE_NAMES, EXCLUDED_FROM_BACKUP } from '@/lib/portability/backup-tables';
import { createBackupReader, NotABackupError, type BackupEntry } from '@/lib/portability/backup-reader';
import { backupHeaderLine, backupRowLine } from '@/lib/portability/backup';
import { checkBackupRow } from '@/lib/portability/backup-rows';
import { makeDeal, makePerson } from '../domain/make-entities';

/** Read a whole text in pieces of `size` characters, as an upload delivers it. */
function readAll(text: string, size: number): BackupEntry[] {
  const reader = createBackupReader();
  const out: BackupEntry[] = [];
  for (let i = 0; i < text.length; i += size) out.push(...reader.push(text.slice(i, i + size)));
  return [...out, ...reader.end()];
}

describe('backup file', () => {
  it('every table of the database is backed up, or left out with a reason', () => {
    const db = new SidecarDB(`t-${crypto.randomUUID()}`);
    const tables = db.tables.map((t) => t.name);
    for (const name of tables) {
      const covered = (BACKUP_TABLE_NAMES as string[]).includes(name) || Boolean(EXCLUDED_FROM_BACKUP[name]?.trim());
      expect(covered, `table ${name}: add it to BACKUP_TABLES or EXCLUDED_FROM_BACKUP with a reason`).toBe(true);
    }
    for (const name of [...BACKUP_TABLE_NAMES, ...Object.keys(EXCLUDED_FROM_BACKUP)])
      expect(tables, `${name} is not a table`).toContain(name);
  });

  it('format 2 is read line by line, whatever the pieces it arrives in (a row may span them)', () => {
    const person = makePerson({ displayName: 'ณัฐธิดา 🙂 Łukasz' });
    const text = backupHeaderLine(5, 7) + backupRowLine('prospects', person) + backupRowLine('deals', makeDeal());
    for (const size of [1, 7, 64, text.length]) {
      const entries = readAll(text, size);
      expect(entries.map((e) => e.type)).toEqual(['header', 'row', 'row']);
      expect(entries[0]).toEqual({ type: 'header', header: { format: 2, schemaVersion: 7, exportedAt: 5 } });
      expect(entries[1]).toMatchObject({
        table: 'prospects',
        where: 'line 2',
        row: { displayName: person.displayName },
      });
    }
  });

  it('format 1 (one object, on one line or pretty-printed) is read whole', () => {
    const doc = {
      format: 'sidecar-backup',
      version: 1,
      exportedAt: 3,
      settings: null,
      tables: { prospects: [makePerson()] },
    };
    for (const text of [JSON.stringify(doc), JSON.stringify(doc, null, 2)]) {
      const entries = readAll(text, 10);
      expect(entries.map((e) => e.type)).toEqual(['header', 'row']);
      expect(entries[1]).toMatchObject({ table: 'prospects', where: 'prospects[0]' });
    }
  });

  it('anything else is not a backup; a newer format is refused by name', () => {
    for (const text of ['{"hello": 1}', '<html>', '', '{"format":"sidecar-backup","version":1'])
      expect(() => readAll(text, 4), text).toThrow(NotABackupError);
    expect(() => readAll('{"format":"sidecar-backup","version":3}\n', 100)).toThrow('format 3');
  });

  it('a stored row leaves its derived fields out, and gets them back checked', () => {
    const person = makePerson();
    const line = JSON.parse(backupRowLine('prospects', person)) as { r: object };
    expect(line.r).not.toHaveProperty('searchTokens');
    expect(checkBackupRow('prospects', line.r, 2)).toEqual({ ok: true, row: person });
    expect(checkBackupRow('prospects', { ...line.r, displayName: '' }, 2)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('displayName'),
    });
  });
});

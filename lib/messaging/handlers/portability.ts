import type { SidecarDB } from '../../db/schema';
import { capturePerson } from '../../db/repositories/persons';
import { parseProspectsCsv } from '../../portability/csv';
import { parseBackup } from '../../portability/backup';
import { restoreBackup } from '../../db/backup-read';
import type { Handlers } from './handler';

/** Handlers for imports (exports are reads: the panel does them itself). */
export function createPortabilityHandlers(db: SidecarDB): Pick<Handlers, 'importCsv' | 'restoreBackup'> {
  return {
    async importCsv({ text, fileName }) {
      const { contacts, errors } = parseProspectsCsv(text);
      let created = 0;
      let matched = 0;
      const now = Date.now();
      const url = `csv:${fileName}`;
      // One capture per row: each its own transaction, so a failure leaves the rows before it stored.
      for (const contact of contacts) {
        const r = await capturePerson(db, contact, { pageKind: 'other', url }, now, 'other');
        if (r.created) created++;
        else matched++;
      }
      return { ok: true, value: { created, matched, errors } };
    },
    async restoreBackup({ text }) {
      const parsed = parseBackup(text);
      if (!parsed.ok) return { ok: false, error: 'invalid-input', detail: `${parsed.error}: ${parsed.detail}` };
      const { restored, skipped } = await restoreBackup(db, parsed.value);
      return { ok: true, value: { restored, skipped, rejected: parsed.value.rejected.length } };
    },
  };
}

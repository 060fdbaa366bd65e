import type { SidecarDB } from '../../db/schema';
import { parseProspectsCsv } from '../../portability/csv';
import { parseBackup } from '../../portability/backup';
import { restoreBackup } from '../../db/backup-read';
import { captureContact } from '../../worker/capture';
import { deleteAllData } from '../../worker/delete-all';
import { forgetPerson } from '../../worker/forget';
import type { Handlers } from '../register';
import { callOf, toReply } from './reply';

/** Handlers for imports, restores and deletions (exports are reads: the pages do them themselves). */
export function createPortabilityHandlers(
  db: SidecarDB,
): Pick<Handlers, 'importCsv' | 'restoreBackup' | 'forgetPerson' | 'deleteAllData'> {
  return {
    async importCsv({ text, fileName }) {
      const { contacts, errors } = parseProspectsCsv(text);
      let created = 0;
      let matched = 0;
      const now = Date.now();
      const source = { pageKind: 'other' as const, url: `csv:${fileName}` };
      for (const contact of contacts) {
        const r = await captureContact(db, { contact, source, leadSource: 'other' }, { now });
        if (r.ok && r.value.created) created++;
        else if (r.ok) matched++;
      }
      return { ok: true, value: { created, matched, errors } };
    },
    async restoreBackup({ text }) {
      const parsed = parseBackup(text);
      if (!parsed.ok) return { ok: false, error: 'invalid-input', detail: `${parsed.error}: ${parsed.detail}` };
      const { restored, skipped } = await restoreBackup(db, parsed.value);
      return { ok: true, value: { restored, skipped, rejected: parsed.value.rejected.length } };
    },
    async forgetPerson(input) {
      return toReply(await forgetPerson(db, input, callOf(input)));
    },
    async deleteAllData(input) {
      return toReply(await deleteAllData(db, callOf(input)));
    },
  };
}

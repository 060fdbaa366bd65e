import type { SidecarDB } from '../../db/schema';
import { capturePerson } from '../../db/repositories/persons';
import { placeCapturedPerson } from '../../db/capture-deal';
import { captureTextsFor } from './capture-texts';
import { changeQualification, deletePerson, updatePerson } from '../../db/repositories/person-edits';
import { mergePersons, undoMerge } from '../../db/repositories/merges';
import type { Handlers } from './handler';
import { definedOnly, toReply } from './reply';

/** Handlers that change people: manual capture, edits, qualification, merge and undo, deletion. */
export function createPeopleHandlers(
  db: SidecarDB,
): Pick<
  Handlers,
  'captureManual' | 'updatePerson' | 'deletePerson' | 'changeQualification' | 'mergePersons' | 'undoMerge'
> {
  return {
    async captureManual({ contact, pageKind, url }) {
      const leadSource = contact.site === 'gmail' ? 'inbound' : 'outbound';
      const now = Date.now();
      const captured = await capturePerson(db, contact, { pageKind, url }, now, leadSource);
      if (captured.created) await placeCapturedPerson(db, captured.personId, now, await captureTextsFor(db));
      return { ok: true, value: captured };
    },
    async updatePerson({ personId, patch }) {
      return toReply(await updatePerson(db, personId, definedOnly(patch), Date.now()));
    },
    async deletePerson({ personId }) {
      await deletePerson(db, personId);
      return { ok: true, value: {} };
    },
    async changeQualification({ personId, ...change }) {
      return toReply(await changeQualification(db, personId, definedOnly(change), Date.now()));
    },
    async mergePersons({ survivorId, absorbedId, choices }) {
      return toReply(await mergePersons(db, survivorId, absorbedId, choices, Date.now()), (v) => v);
    },
    async undoMerge({ mergeActivityId }) {
      return toReply(await undoMerge(db, mergeActivityId));
    },
  };
}

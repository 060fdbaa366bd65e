import type { SidecarDB } from '../../db/schema';
import { captureContact } from '../../worker/capture';
import { changeQualification, updatePerson } from '../../worker/people';
import { deletePerson } from '../../worker/forget';
import { mergePersons, undoMerge } from '../../worker/merge';
import { captureTextsOrError } from './capture-texts';
import type { Handlers } from './handler';
import { callOf, definedOnly, toReply } from './reply';

/** Handlers that change people: manual capture, edits, qualification, merge and undo, deletion. */
export function createPeopleHandlers(
  db: SidecarDB,
): Pick<
  Handlers,
  'captureManual' | 'updatePerson' | 'deletePerson' | 'changeQualification' | 'mergePersons' | 'undoMerge'
> {
  return {
    async captureManual(input) {
      const { contact, pageKind, url } = input;
      const leadSource = contact.site === 'gmail' ? 'inbound' : 'outbound';
      const source = { pageKind, url };
      const place = await captureTextsOrError(db);
      if (!place.ok) return toReply(place);
      return toReply(
        await captureContact(db, { contact, source, leadSource, place: place.value }, callOf(input)),
        (v) => v,
      );
    },
    async updatePerson(input) {
      return toReply(
        await updatePerson(db, { personId: input.personId, patch: definedOnly(input.patch) }, callOf(input)),
      );
    },
    async deletePerson(input) {
      return toReply(await deletePerson(db, input, callOf(input)));
    },
    async changeQualification({ opId, ...change }) {
      return toReply(await changeQualification(db, change, { now: Date.now(), opId }));
    },
    async mergePersons(input) {
      return toReply(await mergePersons(db, input, callOf(input)), (v) => v);
    },
    async undoMerge(input) {
      return toReply(await undoMerge(db, input, callOf(input)));
    },
  };
}

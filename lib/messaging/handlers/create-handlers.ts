import type { SidecarDB } from '../../db/schema';
import type { Handlers } from '../register';
import { createContactHandlers } from './contacts';

/** Every handler of the protocol, bound to one database. */
export function createHandlers(db: SidecarDB): Handlers {
  const pending = async () => ({ ok: false as const, error: 'internal' as const, detail: 'not implemented yet' });
  return { ...createContactHandlers(db), logEmail: pending, composeFollowUp: pending, getEmailStatuses: pending };
}

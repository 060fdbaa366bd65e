import type { SidecarDB } from '../../db/schema';
import type { Handlers } from '../register';
import { createContactHandlers } from './contacts';

/** Every handler of the protocol, bound to one database. */
export function createHandlers(db: SidecarDB): Handlers {
  return { ...createContactHandlers(db) };
}

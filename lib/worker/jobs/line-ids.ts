import { v5 as uuidV5 } from 'uuid';

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

/** The ids an import row's new person gets, their "captured" activity and their notes: derived when used. */
export const rowIds = {
  person: (name: string) => uuidFromName(`${name}:person`),
  activity: (name: string) => uuidFromName(`${name}:activity`),
  note: (name: string) => uuidFromName(`${name}:note`),
};

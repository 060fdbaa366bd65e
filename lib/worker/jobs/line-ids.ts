import { v5 as uuidV5 } from 'uuid';

/** The UUID namespace of ids Sidecar derives from names (RFC 9562 §5.5), itself a random v4 UUID. */
const NAMESPACE = 'a8d2c7e4-3b1f-4f6e-9c0a-5d7b2e1f8c34';

/**
 * A name-based (version 5) UUID: the same name always gives the same id. An import names each row by
 * its job and line, so a step run again writes the rows it wrote before, never new ones. Synchronous
 * (uuid's own SHA-1): an import names three ids per row, and 30,000 `crypto.subtle` digests cost
 * half a second in promise turns alone.
 */
export function uuidFromName(name: string): string {
  return uuidV5(name, NAMESPACE);
}

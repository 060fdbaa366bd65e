/** The UUID namespace of ids Sidecar derives from names (RFC 9562 §5.5), itself a random v4 UUID. */
const NAMESPACE = 'a8d2c7e4-3b1f-4f6e-9c0a-5d7b2e1f8c34';

// Parsed once: an import names three ids per row (30,000 for a 10,000-row file).
const NAMESPACE_BYTES = Uint8Array.from(
  NAMESPACE.replaceAll('-', '')
    .match(/../g)!
    .map((b) => parseInt(b, 16)),
);
const encoder = new TextEncoder();

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

/**
 * A name-based (version 5) UUID: the same name always gives the same id. An import names each row by
 * its job and line, so a step run again writes the rows it wrote before, never new ones.
 */
export async function uuidFromName(name: string): Promise<string> {
  const tail = encoder.encode(name);
  const input = new Uint8Array(NAMESPACE_BYTES.length + tail.length);
  input.set(NAMESPACE_BYTES);
  input.set(tail, NAMESPACE_BYTES.length);
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-1', input)).slice(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const h = hex(bytes);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The ids of the person and "captured" activity an import's line creates. */
export async function lineIds(jobId: string, line: number): Promise<{ personId: string; activityId: string }> {
  const [personId, activityId] = await Promise.all([
    uuidFromName(`${jobId}:${line}:person`),
    uuidFromName(`${jobId}:${line}:activity`),
  ]);
  return { personId, activityId };
}

import { describe, expect, it } from 'vitest';
import { uuidFromName } from '@/lib/worker/jobs/line-ids';

describe('uuidFromName (UUID v5 in Sidecar’s namespace)', () => {
  it('gives RFC 9562’s version 5 UUID, the same as any other implementation (Python’s uuid.uuid5)', () => {
    expect(uuidFromName('job-1:12:person')).toBe('26bb1623-b6e3-506c-88dd-6629a10fa179');
    expect(uuidFromName('csv-row:łukasz żółć|łąkowe smaki:note')).toBe('1af4492e-7bef-500d-89fc-76e27500883d');
  });
});

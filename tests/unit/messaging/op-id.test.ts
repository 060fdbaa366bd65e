import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { protocol, type MessageName } from '@/lib/messaging/protocol';
import { isWriteMessage, READ_MESSAGES } from '@/lib/messaging/message-kinds';
import { OpIdSchema } from '@/lib/messaging/protocol-shared';

const names = Object.keys(protocol) as MessageName[];

describe('operation ids', () => {
  it('every write message (page or extension) takes an optional opId, defined once; reads take none', () => {
    for (const name of names) {
      const schema = protocol[name].in;
      const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, unknown>) : {};
      if (isWriteMessage(name)) expect(shape.opId, name).toBe(OpIdSchema);
      else expect(shape.opId, name).toBeUndefined();
    }
    expect([...READ_MESSAGES].every((n) => n in protocol)).toBe(true);
  });

  it('an opId is an id, not any text', () => {
    expect(OpIdSchema.safeParse(crypto.randomUUID()).success).toBe(true);
    expect(OpIdSchema.safeParse(undefined).success).toBe(true);
    for (const bad of ['', 'short', 'has spaces in it', 'x'.repeat(101)])
      expect(OpIdSchema.safeParse(bad).success).toBe(false);
  });
});

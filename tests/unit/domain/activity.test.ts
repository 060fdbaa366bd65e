import { describe, expect, it } from 'vitest';
import { ActivitySchema, truncateSnippet } from '../../../lib/domain/activity';
import { makePerson, NOW, uuid } from './make-entities';

const base = { id: uuid(900), personId: uuid(1), at: NOW, createdAt: NOW };

describe('activity', () => {
  it('parses each kind by its discriminator', () => {
    const samples = [
      {
        ...base,
        kind: 'captured',
        site: 'linkedin',
        pageKind: 'linkedin-profile',
        url: 'https://www.linkedin.com/in/olena/',
      },
      {
        ...base,
        kind: 'email',
        subject: 'Пропозиція',
        direction: 'received',
        participants: ['olena@example.ua'],
        threadUrl: null,
        snippet: 'Дякую!',
        gmailMessageId: '18c2',
        account: 'me@example.com',
        dealId: uuid(100),
      },
      { ...base, kind: 'linkedin-message', direction: 'sent', threadUrl: null, snippet: 'สวัสดีครับ' },
      { ...base, kind: 'note', text: 'Rozmawialiśmy o budżecie' },
      { ...base, kind: 'call', direction: 'outbound', outcome: 'connected', durationMinutes: 12, note: '' },
      { ...base, kind: 'meeting', title: 'Demo', isDemo: true, durationMinutes: 45, note: '' },
      { ...base, kind: 'stage-change', dealId: uuid(100), fromStageId: 'prospecting', toStageId: 'qualification' },
      { ...base, kind: 'qualification-change', fromStatus: 'none', toStatus: 'mql' },
      {
        ...base,
        kind: 'merge',
        absorbedPersonId: uuid(2),
        undo: {
          survivorBefore: makePerson(),
          absorbed: makePerson({ id: uuid(2) }),
          movedActivityIds: [],
          movedDealIds: [],
          movedFollowUpIds: [],
        },
      },
      { ...base, kind: 'follow-up-done', followUpId: uuid(700), note: '' },
    ];
    for (const sample of samples) expect(ActivitySchema.parse(sample)).toEqual(sample);
  });

  it('rejects snippets over 200 characters, unknown kinds and stage changes without a deal', () => {
    expect(
      ActivitySchema.safeParse({
        ...base,
        kind: 'linkedin-message',
        direction: 'sent',
        threadUrl: null,
        snippet: 'x'.repeat(201),
      }).success,
    ).toBe(false);
    expect(ActivitySchema.safeParse({ ...base, kind: 'fax' }).success).toBe(false);
    expect(ActivitySchema.safeParse({ ...base, kind: 'stage-change', fromStageId: null, toStageId: 'a' }).success).toBe(
      false,
    );
  });

  it('truncates snippets to 200 characters without splitting surrogate pairs', () => {
    expect(truncateSnippet('  a \n b  ')).toBe('a b');
    const long = truncateSnippet('😀'.repeat(300));
    expect([...long]).toHaveLength(200);
    expect(long.endsWith('😀…')).toBe(true);
  });
});

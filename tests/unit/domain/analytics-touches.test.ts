import { describe, expect, it } from 'vitest';
import { countTouches, countTouchesByPerson, createTouchCounts } from '../../../lib/domain/analytics-touches';
import { activitiesOfP, email, NOW, uuid } from './make-entities';

const P = uuid(1);
const Q = uuid(2);

describe('touches', () => {
  it('counts channels, our touches and their replies', () => {
    // touches: 3 sent emails + 2 outbound calls + 1 meeting + 1 sent LinkedIn = 7
    // replies: 1 received email + 1 inbound call + 1 received LinkedIn = 3
    expect(countTouches(activitiesOfP)).toEqual({
      emails: 4,
      calls: 3,
      meetings: 1,
      linkedinMessages: 2,
      touches: 7,
      replies: 3,
      lastTouchAt: NOW,
    });
  });

  it('counts per person in one pass', () => {
    const byPerson = countTouchesByPerson([...activitiesOfP, email(Q, NOW, 'sent')]);
    expect(byPerson.get(P)?.touches).toBe(7);
    expect(byPerson.get(Q)).toEqual({ ...createTouchCounts(), emails: 1, touches: 1, lastTouchAt: NOW });
  });

  it('is all zero with no activities', () => {
    expect(countTouches([])).toEqual(createTouchCounts());
  });
});

import { describe, expect, it } from 'vitest';
import { placeCapturedPerson } from '@/lib/worker/capture-deal';
import { ENGLISH_CAPTURE_TEXTS } from '@/lib/messaging/handlers/capture-texts';
import { addPerson, freshDb } from '../db/test-db';

const NOW = Date.UTC(2026, 2, 18, 10); // a Wednesday

describe('placeCapturedPerson', () => {
  it('opens one deal in the capture stage, on the timeline, and never a second one', async () => {
    const db = await freshDb();
    const personId = await addPerson(db, { company: 'Quillfeather' });
    const placed = await placeCapturedPerson(db, personId, NOW, ENGLISH_CAPTURE_TEXTS);
    expect(placed?.stage.id).toBe('prospecting');
    expect(placed?.deal).toMatchObject({
      personId,
      title: 'Quillfeather',
      nextStep: { text: 'First touch', dueAt: Date.UTC(2026, 2, 19, 9) },
      stageHistory: [{ stageId: 'prospecting', enteredAt: NOW, leftAt: null }],
    });
    // The index fields Today reads were written with it (lib/db/deal-rows.ts).
    expect((await db.deals.get(placed!.deal.id))?.openStepDueAt).toBe(Date.UTC(2026, 2, 19, 9));
    const timeline = await db.activities.where('personId').equals(personId).toArray();
    expect(timeline.map((a) => a.kind).sort()).toEqual(['captured', 'stage-change']);
    expect(await placeCapturedPerson(db, personId, NOW + 1, ENGLISH_CAPTURE_TEXTS)).toBeNull();
    expect(await db.deals.count()).toBe(1);
  });

  it('lands in the stage the pipeline names for captures', async () => {
    const db = await freshDb();
    await db.pipelines.update('default', { captureStageId: 'qualification' });
    const personId = await addPerson(db);
    expect((await placeCapturedPerson(db, personId, NOW, ENGLISH_CAPTURE_TEXTS))?.deal.stageId).toBe('qualification');
  });

  it('does nothing for someone who is not there', async () => {
    const db = await freshDb();
    expect(await placeCapturedPerson(db, crypto.randomUUID(), NOW, ENGLISH_CAPTURE_TEXTS)).toBeNull();
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureScanAlarm, SCAN_ALARM } from '@/lib/reminders/alarm';
import { createReminders, registerReminders } from '@/lib/reminders/reminders';
import { createHarness, type Harness } from './harness';

const T0 = Date.UTC(2026, 2, 16, 10); // Monday 11:00 in Warsaw

describe('the scan alarm', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness(T0);
  });

  it('is created on install, one minute periodic, and there is only one', async () => {
    const reminders = createReminders(h.env);
    registerReminders(h.env.browser, reminders);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await reminders.onInstalled(); // the listener's job, awaited
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => a.name)).toEqual([SCAN_ALARM]);
    expect(alarms[0]?.periodInMinutes).toBe(1);
  });

  it('is created on browser start', async () => {
    await createReminders(h.env).onStartup();
    expect(await fakeBrowser.alarms.get(SCAN_ALARM)).toMatchObject({ name: SCAN_ALARM, periodInMinutes: 1 });
  });

  it('is created on worker start only when missing, so frequent restarts never push the scan back', async () => {
    const reminders = createReminders(h.env);
    await reminders.start();
    const first = await fakeBrowser.alarms.get(SCAN_ALARM);
    expect(first?.scheduledTime).toBe(T0 + 1_000);
    h.advance(20_000);
    await reminders.start();
    await createReminders(h.env).start(); // a new worker instance
    expect((await fakeBrowser.alarms.get(SCAN_ALARM))?.scheduledTime).toBe(first?.scheduledTime);
    expect(await ensureScanAlarm(h.env.browser.alarms, h.now())).toBe(false);
  });

  it('ignores alarms that are not the scan', async () => {
    await expect(createReminders(h.env).onAlarm({ name: 'someone-else' })).resolves.toBeNull();
  });
});

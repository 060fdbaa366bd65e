import { vi } from 'vitest';
import type { PartUi, Placement } from '@/lib/sites/overlay/placement';
import type { FeatureHost } from '@/lib/sites/features/feature';
import { linkedinAdapter } from '@/lib/sites/linkedin/adapter';
import type { ReportQueue } from '@/lib/sites/runtime/report-queue';
import type { SiteAdapter } from '@/lib/sites/runtime/site-adapter';
import { createStatusStore } from '@/lib/sites/runtime/statuses';
import { createExtractCache } from '@/lib/sites/shared/extract-cache';
import { ContentScriptContext } from '@/lib/sites/runtime/content-context';

/** A FeatureHost for one feature under test: labels are their keys, every callback a spy. */
export function fakeHost(over: Partial<FeatureHost> & { adapter?: SiteAdapter } = {}) {
  const reports: ReportQueue = { queue: vi.fn(), flush: vi.fn(() => Promise.resolve()) };
  const controller = new AbortController();
  const host: FeatureHost = {
    ctx: new ContentScriptContext('test'),
    signal: controller.signal,
    adapter: linkedinAdapter,
    t: (key, params) => (params ? `${key}(${Object.values(params).join(',')})` : key),
    stringsReady: () => true,
    requestBatch: vi.fn(),
    redraw: vi.fn(),
    cache: createExtractCache(),
    statuses: createStatusStore(),
    reports,
    isStale: () => false,
    formatDate: (at) => `D${at}`,
    ...over,
  };
  return { host, abort: () => controller.abort() };
}

/** A click that counts as the user's own (page scripts' synthetic clicks have isTrusted false). */
export function trustedClick(): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** The host's side of a drawn overlay: actions run at once (the visibility gate has tests of its own). */
export function fakeUi(): PartUi {
  return {
    hold: () => undefined,
    act: (event, run) => {
      if (event.isTrusted) run();
    },
    openPopover: (_trigger, content) => {
      popovers().append(content);
      return () => content.remove();
    },
  };
}

/** Where fakeUi puts what overlays open beside themselves (a popover host of its own in the page). */
export function popovers(): HTMLElement {
  let box = document.getElementById('test-popovers');
  if (!box) {
    box = document.createElement('div');
    box.id = 'test-popovers';
    document.documentElement.append(box);
  }
  return box;
}

/** Every overlay a feature wants, drawn into one element (as the overlay manager would, host by host). */
export function drawAll(placements: Placement[]): HTMLElement {
  // In the document, as a drawn host is: what opens beside an overlay needs its trigger there.
  document.getElementById('test-drawn')?.remove();
  const out = document.createElement('div');
  out.id = 'test-drawn';
  document.documentElement.append(out);
  for (const p of placements) out.append(...p.part.render(fakeUi()));
  return out;
}

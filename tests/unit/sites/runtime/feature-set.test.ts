// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Batch, FeatureDefinition, SiteFeature } from '@/lib/sites/features/feature';
import { createFeatureSet } from '@/lib/sites/runtime/feature-set';
import { fakeHost } from '../features/feature-host';

const batchAt = (url: string): Batch => ({ detection: { url } as never, accepted: null, loading: false });

function featureOf(id: string, over: Partial<SiteFeature> = {}) {
  const signals: AbortSignal[] = [];
  const anchor = document.createElement('h1');
  const definition: FeatureDefinition = {
    id,
    init: (host) => {
      signals.push(host.signal);
      return {
        update: vi.fn(),
        placements: () => [{ anchor, key: id, size: 'chip' as const, part: { signature: '', render: () => [] } }],
        ...over,
      };
    },
  };
  return { definition, signals, anchor };
}

describe('feature set', () => {
  it('a feature that throws is logged and switched off for that page; the others keep working', () => {
    const broken = featureOf('broken', {
      update: () => {
        throw new Error('boom');
      },
    });
    const fine = featureOf('fine');
    const log = vi.fn();
    const set = createFeatureSet([broken.definition, fine.definition], fakeHost().host, log);
    set.update(document, batchAt('https://www.linkedin.com/in/a/'));
    expect(log).toHaveBeenCalledWith(expect.stringContaining('broken'), expect.any(Error));
    expect(broken.signals[0]?.aborted).toBe(true);
    expect(set.placements().map((p) => p.anchor)).toEqual([fine.anchor]);
    set.update(document, batchAt('https://www.linkedin.com/in/a/'));
    expect(broken.signals).toHaveLength(1); // still off on the page it failed on
  });

  it('a switched-off feature starts again, with a fresh signal, on the next page', () => {
    let fail = true;
    const flaky = featureOf('flaky', {
      placements: () => {
        if (fail) throw new Error('boom');
        return [];
      },
    });
    const set = createFeatureSet([flaky.definition], fakeHost().host, vi.fn());
    set.update(document, batchAt('https://www.linkedin.com/in/a/'));
    expect(set.placements()).toEqual([]);
    fail = false;
    set.update(document, batchAt('https://www.linkedin.com/in/b/'));
    expect(flaky.signals).toHaveLength(2);
    expect(flaky.signals[1]?.aborted).toBe(false);
  });

  it('a feature whose init throws does not stop the others from starting', () => {
    const bad: FeatureDefinition = {
      id: 'bad',
      init: () => {
        throw new Error('init');
      },
    };
    const fine = featureOf('fine');
    const set = createFeatureSet([bad, fine.definition], fakeHost().host, vi.fn());
    expect(set.placements()).toHaveLength(1);
  });

  it('active: a missing `active` counts as inactive; stop aborts every signal', () => {
    const busy = featureOf('busy', { active: () => true });
    const plain = featureOf('plain');
    expect(createFeatureSet([plain.definition], fakeHost().host, vi.fn()).anyActive(document)).toBe(false);
    const both = createFeatureSet([busy.definition, plain.definition], fakeHost().host, vi.fn());
    expect(both.anyActive(document)).toBe(true);
    both.stop();
    expect(plain.signals.at(-1)?.aborted).toBe(true);
    expect(busy.signals.at(-1)?.aborted).toBe(true);
  });
});

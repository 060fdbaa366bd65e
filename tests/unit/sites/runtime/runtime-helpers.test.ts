import { describe, expect, it, vi } from 'vitest';
import type { Detection } from '../../../../lib/domain/contact';
import { isSameDetection } from '../../../../lib/sites/runtime/detection-change';
import { createCachedTranslate } from '../../../../lib/sites/overlay/strings';
import { newContact, newDetection, addContact } from '../../../../lib/sites/shared/detection';

describe('createCachedTranslate', () => {
  it('asks chrome.i18n once per key and parameter set, and falls back to the key', () => {
    const getMessage = vi.fn((key: string, subs?: string[]) =>
      key === 'missing' ? '' : `${key}:${(subs ?? []).join(',')}`,
    );
    const t = createCachedTranslate(getMessage);
    expect(t('addToPipeline')).toBe('addToPipeline:');
    expect(t('addToPipeline')).toBe('addToPipeline:');
    expect(t('inPipelineAs', { status: 'Lead' })).toBe('inPipelineAs:Lead');
    expect(t('inPipelineAs', { status: 'Lead' })).toBe('inPipelineAs:Lead');
    expect(t('inPipelineAs', { status: 'SQL' })).toBe('inPipelineAs:SQL');
    expect(t('missing')).toBe('missing');
    expect(getMessage).toHaveBeenCalledTimes(4);
  });
});

describe('isSameDetection', () => {
  const detection = (names: string[], over: Partial<Detection> = {}): Detection => {
    const d = { ...newDetection('https://www.linkedin.com/search/results/people/', 'linkedin-search-people'), ...over };
    for (const name of names)
      addContact(
        d,
        newContact('linkedin', { name, linkedinUrl: `https://www.linkedin.com/in/${name}/`, emails: [`${name}@x.io`] }),
      );
    return d;
  };

  it('is the same for an equal detection built again', () => {
    expect(isSameDetection(detection(['a', 'b']), detection(['a', 'b']))).toBe(true);
  });

  it('differs on nothing reported yet, and on any field JSON would have seen', () => {
    const base = detection(['a', 'b']);
    expect(isSameDetection(null, base)).toBe(false);
    expect(isSameDetection(base, detection(['a']))).toBe(false);
    expect(isSameDetection(base, detection(['b', 'a']))).toBe(false);
    expect(isSameDetection(base, detection(['a', 'b'], { url: 'https://www.linkedin.com/in/x/' }))).toBe(false);
    expect(isSameDetection(base, detection(['a', 'b'], { degraded: true }))).toBe(false);
    expect(isSameDetection(base, detection(['a', 'b'], { hiddenMessages: 1 }))).toBe(false);
    const headline = detection(['a', 'b']);
    headline.contacts[1] = { ...headline.contacts[1]!, headline: 'VP Sales' };
    expect(isSameDetection(base, headline)).toBe(false);
    const email = detection(['a', 'b']);
    email.contacts[0] = { ...email.contacts[0]!, emails: ['other@x.io'] };
    expect(isSameDetection(base, email)).toBe(false);
  });

  it('ignores warnings, as the JSON signature did', () => {
    expect(isSameDetection(detection(['a']), detection(['a'], { warnings: ['x failed'] }))).toBe(true);
  });
});

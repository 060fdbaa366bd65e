// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '@/lib/sites/content-context';
import { createComposeFollowUp } from '@/lib/sites/gmail/compose-follow-up';
import { createExtractCache } from '@/lib/sites/shared/extract-cache';
import { parseHtml, readHtml } from './fixture-loader';

// The runtime runs another batch for a feature when the labels arrive only if the feature is active
// (lib/sites/content-loop.ts): an inbox or a thread must not pay for a second extraction.
describe('Gmail compose follow-up: active', () => {
  const feature = () =>
    createComposeFollowUp({
      ctx: new ContentScriptContext('gmail'),
      t: (key) => key,
      requestBatch: vi.fn(),
      cache: createExtractCache(),
    });

  it('is active while a compose window is open', () => {
    expect(feature().active?.(parseHtml(readHtml('gmail/compose.html')))).toBe(true);
  });

  it('is not active on an inbox or a thread with no compose window', () => {
    expect(feature().active?.(parseHtml(readHtml('gmail/inbox.html')))).toBe(false);
    expect(feature().active?.(parseHtml(readHtml('gmail/thread-hannah-lindgren-3msg.html')))).toBe(false);
  });
});

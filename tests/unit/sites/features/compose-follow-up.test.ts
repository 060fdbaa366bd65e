// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createComposeFollowUp } from '@/lib/sites/features/compose-follow-up';
import { gmailAdapter } from '@/lib/sites/gmail/adapter';
import { parseHtml, readHtml } from '../fixture-loader';
import { fakeHost } from './feature-host';

// The runtime runs another batch for a feature when the labels arrive only if the feature is active
// (lib/sites/runtime/content-loop.ts): an inbox or a thread must not pay for a second extraction.
describe('Gmail compose follow-up: active', () => {
  const feature = () => createComposeFollowUp(fakeHost({ adapter: gmailAdapter }).host);

  it('is active while a compose window is open', () => {
    expect(feature().active?.(parseHtml(readHtml('gmail/compose.html')))).toBe(true);
  });

  it('is not active on an inbox or a thread with no compose window', () => {
    expect(feature().active?.(parseHtml(readHtml('gmail/inbox.html')))).toBe(false);
    expect(feature().active?.(parseHtml(readHtml('gmail/thread-hannah-lindgren-3msg.html')))).toBe(false);
  });
});

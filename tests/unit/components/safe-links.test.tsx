// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/preact';
import { ProspectHeader } from '@/components/prospect/prospect-header';
import { TimelineEntry } from '@/components/prospect/timeline-entry';
import type { ActivityRow } from '@/lib/db/rows';
import { email, makePerson } from '../domain/make-entities';
import { DEFAULT_SETTINGS } from '@/lib/domain/settings';
import { newDb, renderPanel } from './harness';

afterEach(cleanup);

// Rows written before links were checked (issue 16): the panel still draws no link from them.
const withThread = (threadUrl: string): ActivityRow =>
  ({ ...email(makePerson().id, 1, 'sent'), threadUrl }) as ActivityRow;

describe('links drawn in the panel', () => {
  it.each(['javascript:alert(1)', 'https://evil.example/login'])(
    'draws a stored thread link %s as text',
    async (url) => {
      renderPanel(<TimelineEntry activity={withThread(url)} stageName={() => ''} />, await newDb());
      expect(screen.getByText('Open the thread').closest('a')).toBeNull();
      expect(document.querySelector('a')).toBeNull();
    },
  );

  it('links a Gmail thread, in a new tab', async () => {
    const url = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQ';
    renderPanel(<TimelineEntry activity={withThread(url)} stageName={() => ''} />, await newDb());
    const link = screen.getByRole('link', { name: 'Open the thread' });
    expect(link.getAttribute('href')).toBe(url);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it("links a person's profile, addresses and numbers only when they are valid", async () => {
    const person = {
      ...makePerson({ emails: ['olena@example.ua'], phones: ['+48 601 234 567', 'ask the assistant'] }),
      linkedinUrl: 'javascript:alert(1)',
    };
    renderPanel(
      <ProspectHeader person={person} activities={[]} deals={[]} followUps={[]} settings={DEFAULT_SETTINGS} />,
      await newDb(),
    );
    const hrefs = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['mailto:olena@example.ua', 'tel:+48601234567']);
    expect(screen.getByText('ask the assistant').closest('a')).toBeNull();
    expect(screen.getByText('Profile on LinkedIn').closest('a')).toBeNull();
  });
});

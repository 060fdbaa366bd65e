// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractLinkedin } from '../../../lib/sites/linkedin/extract';
import { placementsOfLinkedin } from '../../../lib/sites/linkedin/placements';
import { parseHtml } from './fixture-loader';

const thread = (subtitle: string, title = 'Kalani Akana') =>
  '<img class="global-nav__me-photo" alt="Pita Sharples">' +
  '<main><div class="msg-thread"><div class="msg-entity-lockup"><a href="https://www.linkedin.com/in/kalani-akana/">' +
  `<h2>${title}</h2></a><div class="msg-entity-lockup__entity-subtitle">${subtitle}</div></div></div></main>`;
const URL_ = new URL('https://www.linkedin.com/messaging/thread/2-abc/');

describe('LinkedIn messaging header', () => {
  it.each(['Available on mobile', 'Active now', 'Active 5m ago', 'Aktywny teraz', 'В сети'])(
    'never takes "%s" for a headline',
    (presence) => {
      const d = extractLinkedin(parseHtml(thread(presence)), URL_);
      expect(d.contacts.map((c) => [c.name, c.headline])).toEqual([['Kalani Akana', null]]);
    },
  );

  it('keeps a real headline', () => {
    const d = extractLinkedin(parseHtml(thread('Head of Growth at Pōhutukawa')), URL_);
    expect(d.contacts[0]?.headline).toBe('Head of Growth at Pōhutukawa');
  });

  it('gives the counterpart an overlay by the main heading when their link does not carry the name', () => {
    const doc = parseHtml(
      thread('Active now')
        .replace('<h2>Kalani Akana</h2>', '<img alt="">')
        .replace('<div class="msg-thread">', '<div class="msg-thread"><h2>Kalani Akana</h2>'),
    );
    const d = extractLinkedin(doc, URL_);
    const placements = placementsOfLinkedin(doc, d);
    expect(placements.flatMap((p) => p.contacts.map((c) => c.name))).toEqual(d.contacts.map((c) => c.name));
    expect(placements.every((p) => p.anchor.isConnected)).toBe(true);
  });

  it('reads the 2025 title link by its heading, not with the presence line it also holds', () => {
    const html = thread('Available on mobile').replace(
      '<h2>Kalani Akana</h2>',
      '<div class="msg-entity-lockup__entity-title">Kalani Akana</div><span>Available on mobile</span>',
    );
    expect(extractLinkedin(parseHtml(html), URL_).contacts.map((c) => c.name)).toEqual(['Kalani Akana']);
  });

  it('falls back to the link\'s "Open … profile" title', () => {
    const html = thread('Active now')
      .replace('<h2>Kalani Akana</h2>', '<img alt="">')
      .replace('<a href=', '<a title="Open Kalani Akana’s profile" href=');
    expect(extractLinkedin(parseHtml(html), URL_).contacts.map((c) => c.name)).toEqual(['Kalani Akana']);
  });
});

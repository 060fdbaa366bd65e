// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractLinkedin } from '../../../lib/sites/linkedin/extract';
import { placementsOfLinkedin } from '../../../lib/sites/linkedin/placements';
import { createExtractCache } from '../../../lib/sites/shared/extract-cache';
import { parseHtml } from './fixture-loader';

// Hand-made from the People tab's markup (2021–24 org-people cards and the 2025 lockup grid, as in
// tests/fixtures/real/linkedin/company-people-2025-1.html), with a "LinkedIn Member" card, the viewer and a
// hidden card.
const NAV =
  '<img class="global-nav__me-photo" alt="Hemi Walker"><div class="global-nav__me-content">' +
  '<a href="/in/hemi-walker/"><span class="t-16">Hemi Walker</span></a></div>';
const card2024 = (slug: string, name: string, headline: string) =>
  `<li class="org-people-profile-card__profile-card-spacing">` +
  `<a href="https://www.linkedin.com/in/${slug}?miniProfileUrn=x" aria-hidden="true"><img alt="${name}"></a>` +
  `<div class="artdeco-entity-lockup__title"><a href="https://www.linkedin.com/in/${slug}?miniProfileUrn=x">${name}</a></div>` +
  `<div class="artdeco-entity-lockup__subtitle">${headline}</div></li>`;
const card2025 = (slug: string, name: string, headline: string) =>
  `<li class="grid grid__col--lg-8">` +
  `<section class="artdeco-card"><a href="/in/${slug}/"><img alt="${name}"></a>` +
  `<a href="/in/${slug}/"><div class="artdeco-entity-lockup__title">${name}</div></a>` +
  `<div class="artdeco-entity-lockup__subtitle">${headline}</div></section></li>`;
// The top card's social proof links one employee outside any card: "Rangi works here".
const INSIGHT = '<p><a href="/in/rangi-moana/"><span>Rangi works here</span></a></p>';
const page = (cards: string) => `${NAV}<main><h1>Kōwhai Labs</h1>${INSIGHT}<ul>${cards}</ul></main>`;
const URL_ = new URL('https://www.linkedin.com/company/kowhai-labs/people/');

describe.each([
  ['2021–24', card2024],
  ['2025', card2025],
])('company People tab (%s cards)', (_, card) => {
  const html = page(
    card('anahera-rua', 'Anahera Rua', 'CFO at Kōwhai Labs') +
      card('ji-woo-park', '⌨︎박지우 🚀', 'Engineer') +
      card('hemi-walker', 'Hemi Walker', 'Founder') +
      '<li><a href="/search/results/people/?x">LinkedIn Member</a></li>' +
      card('hidden-person', 'Hidden Person', 'x').replace('<li class="', '<li style="display: none" class="'),
  );

  it('finds every employee, not the viewer, nobody hidden, nobody from the top card, names undecorated', () => {
    const d = extractLinkedin(parseHtml(html), URL_);
    expect(d.contacts.map((c) => [c.name, c.linkedinUrl, c.headline])).toEqual([
      ['Anahera Rua', 'https://www.linkedin.com/in/anahera-rua/', 'CFO at Kōwhai Labs'],
      ['박지우', 'https://www.linkedin.com/in/ji-woo-park/', 'Engineer'],
    ]);
    expect(d.company?.name).toBe('Kōwhai Labs');
  });

  it('gives each employee an overlay by their name', () => {
    const doc = parseHtml(html);
    const cache = createExtractCache();
    const d = extractLinkedin(doc, URL_, { cache });
    const placements = placementsOfLinkedin(doc, d, cache);
    expect(placements.map((p) => [p.contacts[0]?.name, p.anchor.textContent])).toEqual([
      ['Anahera Rua', 'Anahera Rua'],
      ['박지우', '⌨︎박지우 🚀'],
    ]);
  });

  it('lists no people on the other company tabs', () => {
    expect(
      extractLinkedin(parseHtml(html), new URL('https://www.linkedin.com/company/kowhai-labs/about/')).contacts,
    ).toEqual([]);
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractLinkedin } from '../../../lib/sites/linkedin/extract';
import { placementsOfLinkedin } from '../../../lib/sites/linkedin/placements';
import { createExtractCache } from '../../../lib/sites/shared/extract-cache';
import { parseHtml } from './fixture-loader';

// The 2025 people-search card (as in tests/fixtures/real/linkedin/search-people-2025-1.html): hashed classes,
// a photo link first, the name in the second /in/ link, mutual connections linked by member id.
const NAV = '<img class="global-nav__me-photo" alt="Hemi Walker">';
const card = (slug: string, name: string, headline: string, location: string, mutual = '') =>
  `<li><div data-chameleon-result-urn="urn:li:member:1" data-view-name="search-entity-result-universal-template">` +
  `<a class="xQz" aria-hidden="false" href="https://www.linkedin.com/in/${slug}?miniProfileUrn=x"><img alt="${name}"></a>` +
  `<div class="mb1"><span class="entity-result__badge t-14 t-normal t-black--light">• 2nd</span>` +
  `<a class="xQz" href="https://www.linkedin.com/in/${slug}?miniProfileUrn=x"><span dir="ltr">` +
  `<span aria-hidden="true">${name}</span><span class="visually-hidden">View ${name}’s profile</span></span></a>` +
  `<div class="aB t-14 t-black t-normal">${headline}</div><div class="cD t-14 t-normal">${location}</div></div>` +
  `<div class="entity-result__insights t-12">${mutual}</div>` +
  `<button aria-label="Invite ${name} to connect">Connect</button></div></li>`;
const mutual = (id: string, name: string) =>
  `<a href="https://www.linkedin.com/in/${id}?miniProfileUrn=x"><span><strong>${name}</strong></span></a>`;
const URL_ = new URL('https://www.linkedin.com/search/results/people/?network=%5B%22S%22%5D');

describe('2025 people search', () => {
  const html =
    `${NAV}<main><ul>` +
    card('ngaio-parata', 'Ngaio Parata', 'Data Scientist @ Rimu | ex-PhD', 'Wellington, New Zealand') +
    card(
      'olena-kovalenko',
      'Олена Коваленко',
      'Менеджерка з продажу',
      'Київ',
      mutual('ACoAAMUTUAL0123456789', 'Tama Rewi'),
    ) +
    // A card whose title link is missing: the mutual connection in its insights must not stand in for it.
    card('gone', '', 'x', 'y', mutual('ACoAAMUTUAL9876543210', 'Mere Tuhi')).replace(/<a class="xQz"[^]*?<\/a>/g, '') +
    '</ul></main>';

  it('reads each card from its second link, with headline and location from the utility classes', () => {
    const d = extractLinkedin(parseHtml(html), URL_);
    expect(d.contacts.map((c) => [c.name, c.linkedinUrl, c.headline, c.location])).toEqual([
      [
        'Ngaio Parata',
        'https://www.linkedin.com/in/ngaio-parata/',
        'Data Scientist @ Rimu | ex-PhD',
        'Wellington, New Zealand',
      ],
      ['Олена Коваленко', 'https://www.linkedin.com/in/olena-kovalenko/', 'Менеджерка з продажу', 'Київ'],
    ]);
  });

  it('never lists mutual connections', () => {
    const names = extractLinkedin(parseHtml(html), URL_).contacts.map((c) => c.name);
    expect(names).not.toContain('Tama Rewi');
    expect(names).not.toContain('Mere Tuhi');
  });

  it('puts the overlay by the name link, not the photo', () => {
    const doc = parseHtml(html);
    const cache = createExtractCache();
    const d = extractLinkedin(doc, URL_, { cache });
    const anchors = placementsOfLinkedin(doc, d, cache).map((p) => p.anchor.textContent ?? '');
    expect(anchors.map((text) => text.includes('View'))).toEqual([true, true]);
  });
});

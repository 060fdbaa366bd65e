// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DetectionSchema } from '../../../lib/domain/contact';
import { extractLinkedin } from '../../../lib/sites/linkedin/extract';
import { placementsOfLinkedin } from '../../../lib/sites/linkedin/placements';
import { parseHtml } from './fixture-loader';

// The 2019 Sales Navigator lead page (as in tests/fixtures/real/linkedin/sales-lead-2019-1.html): no
// data-anonymize, the lead in an embedded salesApiProfiles response, the viewer in salesApiNavChrome.
const LEAD_ID = 'ACwAAB2D923242xYzAbCdEfGh';
const URL_ = new URL(`https://www.linkedin.com/sales/people/${LEAD_ID},NAME_SEARCH,kFrw`);
const datalet = (guid: number, request: string, body: string) =>
  `<code style="display: none" id="bpr-guid-${guid}">${body}</code>` +
  `<code style="display: none" id="datalet-bpr-guid-${guid}">` +
  `${JSON.stringify({ request, status: 200, body: `bpr-guid-${guid}` })}</code>`;
const PROFILE = {
  fullName: 'Đặng Thị Hương',
  headline: 'Trưởng phòng kinh doanh at Sông Hồng Logistics',
  location: 'Hà Nội, Việt Nam',
  flagshipProfileUrl: 'https://www.linkedin.com/in/dang-thi-huong-8a1b2c',
  defaultPosition: { title: 'Trưởng phòng kinh doanh', companyName: 'Sông Hồng Logistics' },
};
const CHROME = { memberResolutionResult: { firstName: 'Wiremu', lastName: 'Tāne', fullName: 'Wiremu Tāne' } };
const NAV =
  '<li class="nav-item nav-item-user"><h2 class="nav-item__text type--entity"><span class="a11y-text">Wiremu Tāne</span>' +
  '<img class="entity-person" alt="Wiremu Tāne"></h2></li>';
const page = (json: string, name = 'Đặng Thị Hương') =>
  `${json}${NAV}<main><span class="profile-topcard-person-entity__name">${name}</span>` +
  '<section><h2>Highlights</h2><a href="/sales/people/ACwAAVIEWERxxxxxxxxxx,%20,%20"><img alt="Wiremu Tāne’S picture"></a>' +
  '<a href="/sales/people/ACwAAINTROxxxxxxxxxxx,NAME_SEARCH,0wOv">Mere Tuhi</a></section></main>';
const profileBlob = (id: string, body: unknown = PROFILE) =>
  datalet(
    2,
    `/sales-api/salesApiProfiles/(profileId:${id},authType:NAME_SEARCH,authToken:kFrw)?decoration=x`,
    JSON.stringify(body),
  );
const chromeBlob = datalet(1, '/sales-api/salesApiNavChrome?decoration=x', JSON.stringify(CHROME));

function run(html: string) {
  const doc = parseHtml(html);
  const d = extractLinkedin(doc, URL_);
  expect(DetectionSchema.safeParse(d).success).toBe(true);
  return { doc, d };
}

describe('2019 Sales Navigator lead', () => {
  it('reads the lead from the embedded profile response, with the /in/ URL the page never links', () => {
    const { doc, d } = run(page(chromeBlob + profileBlob(LEAD_ID)));
    expect(d.pageKind).toBe('linkedin-sales-lead');
    expect(d.contacts).toEqual([
      expect.objectContaining({
        name: 'Đặng Thị Hương',
        linkedinUrl: 'https://www.linkedin.com/in/dang-thi-huong-8a1b2c/',
        salesNavUrl: `https://www.linkedin.com/sales/lead/${LEAD_ID}/`,
        headline: 'Trưởng phòng kinh doanh at Sông Hồng Logistics',
        title: 'Trưởng phòng kinh doanh',
        company: 'Sông Hồng Logistics',
        location: 'Hà Nội, Việt Nam',
      }),
    ]);
    const placements = placementsOfLinkedin(doc, d);
    expect(placements.map((p) => p.anchor.className)).toEqual(['profile-topcard-person-entity__name']);
  });

  it('names the viewer from the nav chrome response, else from the nav photo', () => {
    expect(run(page(chromeBlob + profileBlob(LEAD_ID))).d.signedInUser?.name).toBe('Wiremu Tāne');
    const { d } = run(page(profileBlob(LEAD_ID)));
    expect(d.signedInUser?.name).toBe('Wiremu Tāne');
    expect(d.degraded).toBe(false);
  });

  it("never reads another lead's response: the top card's name stands, without the /in/ URL", () => {
    const { d } = run(page(profileBlob('ACwAAOTHERLEADxxxxxxx'), 'Aroha Ngata'));
    expect(d.contacts.map((c) => [c.name, c.linkedinUrl])).toEqual([['Aroha Ngata', null]]);
  });

  it('survives a broken or hostile response', () => {
    const broken = datalet(2, `/sales-api/salesApiProfiles/(profileId:${LEAD_ID},x)`, '{"fullName": "Ha');
    expect(run(page(broken)).d.contacts.map((c) => c.name)).toEqual(['Đặng Thị Hương']);
    const hostile = profileBlob(LEAD_ID, {
      fullName: ['x'],
      flagshipProfileUrl: 'javascript:alert(1)',
      defaultPosition: 7,
    });
    expect(run(page(hostile)).d.contacts.map((c) => [c.name, c.linkedinUrl, c.title])).toEqual([
      ['Đặng Thị Hương', null, null],
    ]);
  });
});

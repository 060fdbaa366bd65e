import { describe, expect, it } from 'vitest';
import { hasPeopleToShow, LINKEDIN_PEOPLE_MATCHES } from '@/lib/domain/linkedin-pages';
import { matchesPattern } from '@/lib/tabs/match-pattern';

describe('match patterns', () => {
  it('match scheme, host (with a leading *.) and path with query', () => {
    expect(matchesPattern('https://www.linkedin.com/in/anna/', 'https://*.linkedin.com/in/*')).toBe(true);
    expect(matchesPattern('https://linkedin.com/in/anna/', 'https://*.linkedin.com/in/*')).toBe(true);
    expect(matchesPattern('https://evil.com/?x=.linkedin.com/in/', 'https://*.linkedin.com/in/*')).toBe(false);
    expect(matchesPattern('http://www.linkedin.com/in/a/', 'https://*.linkedin.com/in/*')).toBe(false);
    expect(
      matchesPattern(
        'https://www.linkedin.com/search/results/people/?keywords=x',
        'https://*.linkedin.com/search/results/people*',
      ),
    ).toBe(true);
    expect(matchesPattern('not a url', 'https://*.linkedin.com/*')).toBe(false);
  });

  it("the content script's manifest matches are exactly the pages with people to show", () => {
    const urls = [
      'https://www.linkedin.com/in/rebecca-thornton-7b2a91/',
      'https://pl.linkedin.com/in/anna/details/experience/',
      'https://www.linkedin.com/search/results/people/?keywords=ops',
      'https://www.linkedin.com/search/results/companies/?keywords=ops',
      'https://www.linkedin.com/messaging/thread/2-abc/',
      'https://www.linkedin.com/messaging/',
      'https://www.linkedin.com/sales/lead/ACwAA,NAME_SEARCH,x',
      'https://www.linkedin.com/sales/home',
      'https://www.linkedin.com/company/quillfeather/people/',
      'https://www.linkedin.com/company/quillfeather/about/',
      'https://www.linkedin.com/feed/',
      'https://www.linkedin.com/jobs/view/1/',
    ];
    for (const url of urls) {
      const byPattern = LINKEDIN_PEOPLE_MATCHES.some((p) => matchesPattern(url, p));
      expect(byPattern, url).toBe(hasPeopleToShow(new URL(url)));
    }
  });
});

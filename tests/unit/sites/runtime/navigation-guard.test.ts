import { describe, expect, it } from 'vitest';
import type { Detection } from '@/lib/domain/contact';
import { createNavigationGuard } from '@/lib/sites/runtime/navigation-guard';
import { linkedinSubjectKeyOf } from '@/lib/sites/linkedin/adapter';

const detectionOf = (name: string | null): Detection => ({
  url: '',
  pageKind: 'linkedin-profile',
  company: null,
  signedInUser: null,
  degraded: false,
  warnings: [],
  hiddenMessages: 0,
  contacts: [
    {
      key: 'k',
      site: 'linkedin',
      name,
      linkedinUrl: null,
      salesNavUrl: null,
      emails: [],
      headline: null,
      title: null,
      company: null,
      location: null,
      role: null,
      automated: false,
    },
  ],
});

const A = 'https://www.linkedin.com/in/anna-a/';
const B = 'https://www.linkedin.com/in/boris-b/';

describe('navigation guard', () => {
  it('accepts the first page at once', () => {
    const g = createNavigationGuard(A, 'Anna A | LinkedIn', linkedinSubjectKeyOf);
    expect(g.accept(detectionOf('Anna A'), A, 'Anna A | LinkedIn')).toBe(true);
  });

  it('after pushState to another person, waits until the title names the person in the DOM', () => {
    const g = createNavigationGuard(A, 'Anna A | LinkedIn', linkedinSubjectKeyOf);
    g.accept(detectionOf('Anna A'), A, 'Anna A | LinkedIn');
    // URL moved, DOM and title still Anna's: never pair Anna's name with Boris's URL.
    expect(g.accept(detectionOf('Anna A'), B, 'Anna A | LinkedIn')).toBe(false);
    // Title moved first, DOM not yet: still no.
    expect(g.accept(detectionOf('Anna A'), B, 'Boris B | LinkedIn')).toBe(false);
    expect(g.accept(detectionOf('Boris B'), B, 'Boris B | LinkedIn')).toBe(true);
  });

  it('a sub-page of the same person (contact info overlay) needs no wait', () => {
    const g = createNavigationGuard(A, 'Anna A | LinkedIn', linkedinSubjectKeyOf);
    g.accept(detectionOf('Anna A'), A, 'Anna A | LinkedIn');
    expect(g.accept(detectionOf('Anna A'), `${A}overlay/contact-info/`, 'Anna A | LinkedIn')).toBe(true);
  });

  it('matches names in any script, with notification counts in the title', () => {
    const g = createNavigationGuard(A, 'Anna A | LinkedIn', linkedinSubjectKeyOf);
    g.accept(detectionOf('Anna A'), A, 'Anna A | LinkedIn');
    const olena = 'https://www.linkedin.com/in/%D0%BE%D0%BB%D0%B5%D0%BD%D0%B0/';
    expect(g.accept(detectionOf('Олена Коваленко'), olena, '(3) Олена Коваленко | LinkedIn')).toBe(true);
  });

  it('a page without a subject (search) is accepted at once', () => {
    const g = createNavigationGuard(A, 'Anna A | LinkedIn', linkedinSubjectKeyOf);
    expect(
      g.accept(detectionOf(null), 'https://www.linkedin.com/search/results/people/?keywords=x', 'Search | LinkedIn'),
    ).toBe(true);
  });
});

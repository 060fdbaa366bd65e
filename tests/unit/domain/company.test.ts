import { describe, expect, it } from 'vitest';
import { CompanySchema, normalizeCompanyDomain } from '../../../lib/domain/company';
import { NOW, uuid } from './make-entities';

describe('company', () => {
  const company = {
    id: uuid(5),
    name: 'Türk Telekom A.Ş.',
    domains: ['turktelekom.com.tr'],
    linkedinUrl: null,
    industry: 'Telecommunications',
    size: '10,001+ employees',
    createdAt: NOW,
    updatedAt: NOW,
  };

  it('accepts a company with bare domains', () => {
    expect(CompanySchema.parse(company)).toEqual(company);
    expect(CompanySchema.safeParse({ ...company, domains: ['https://x.com'] }).success).toBe(false);
    expect(CompanySchema.safeParse({ ...company, domains: ['www.x.com'] }).success).toBe(false);
  });

  it('reduces websites to bare domains', () => {
    expect(normalizeCompanyDomain('https://www.Allegro.pl/oferta')).toBe('allegro.pl');
    expect(normalizeCompanyDomain('softserve.ua')).toBe('softserve.ua');
    expect(normalizeCompanyDomain('not a domain')).toBeNull();
    expect(normalizeCompanyDomain('')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { PersonRow } from '@/lib/db/rows';
import type { ExportContext } from '@/lib/portability/csv-export-columns';
import { exportHeader, exportRows } from '@/lib/portability/csv-export';
import { readCsv } from '@/lib/portability/csv-reader';
import { analyseCsv } from '@/lib/portability/csv-sniff';
import { makePerson } from '../domain/make-entities';

const ctx: ExportContext = {
  personOf: () => undefined,
  companyOf: () => undefined,
  stageName: (_p, s) => s,
  pipelineName: (p) => p,
};
const hostile = (over: Partial<PersonRow> = {}): PersonRow => ({
  ...makePerson({ displayName: '=HYPERLINK("http://evil.example")' }),
  company: '@SUM(A1)',
  title: '-2+3',
  headline: "'=already quoted",
  phones: ['+48 601 100 200'],
  ...over,
});

describe('CSV export', () => {
  it('starts with a BOM and each preset’s column names', () => {
    expect(exportHeader('people', 'sidecar').startsWith('\uFEFFFirst Name,Last Name,Name,Email,Phone,Company,')).toBe(
      true,
    );
    expect(exportHeader('people', 'hubspot')).toBe(
      '\uFEFFFirst Name,Last Name,Email,Phone Number,Company Name,Job Title,City,LinkedIn URL,Lifecycle Stage\r\n',
    );
    expect(exportHeader('people', 'pipedrive')).toBe(
      '\uFEFFFirst Name,Last Name,Name,Email,Phone,Organization,Job title,LinkedIn,Labels\r\n',
    );
    expect(exportHeader('deals', 'hubspot')).toContain('Deal Name,Amount,Pipeline,Deal Stage');
  });

  it('neutralises every cell that starts a formula, except a CRM preset’s valid phone numbers', () => {
    const [sidecar] = readCsv(exportRows('people', 'sidecar', [hostile()], ctx), ',').records;
    expect(sidecar!.cells).toContain('\'=HYPERLINK("http://evil.example")');
    expect(sidecar!.cells).toContain("'@SUM(A1)");
    expect(sidecar!.cells).toContain("'-2+3");
    expect(sidecar!.cells).toContain("''=already quoted");
    expect(sidecar!.cells).toContain("'+48 601 100 200");
    const [hubspot] = readCsv(exportRows('people', 'hubspot', [hostile()], ctx), ',').records;
    expect(hubspot!.cells[3]).toBe('+48 601 100 200');
    const [bad] = readCsv(exportRows('people', 'pipedrive', [hostile({ phones: ['+1=cmd|calc'] })], ctx), ',').records;
    expect(bad!.cells[4]).toBe("'+1=cmd|calc");
  });

  it('the importer recognises Sidecar’s own columns', () => {
    const layout = analyseCsv(exportHeader('people', 'sidecar').slice(1));
    expect(layout.mapping).toEqual([
      'firstName',
      'lastName',
      'fullName',
      'email',
      'phone',
      'company',
      'title',
      'headline',
      'location',
      'linkedinUrl',
      'tags',
      'lifecycle',
      'leadSource',
      null,
    ]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PersonRow } from '@/lib/db/rows';
import { LeadSourceSchema, LifecycleSchema } from '@/lib/domain/person';
import { exportHeader, exportRows } from '@/lib/portability/csv-export';
import { readCsv } from '@/lib/portability/csv-reader';
import { rowOf } from '@/lib/portability/csv-rows';
import { analyseCsv } from '@/lib/portability/csv-sniff';
import { makePerson } from '../domain/make-entities';

const ctx = { personOf: () => undefined, companyOf: () => undefined, stageName: () => '', pipelineName: () => '' };
const SCRIPTS = [
  'Łukasz Żółć',
  'Олена Коваленко',
  'สมชาย ใจดี',
  'İlker Yılmaz',
  'Ілля',
  '王秀英',
  'محمد',
  '=1+1',
  "'@x",
];

/** Any text a field may hold, trimmed as the schema stores it: real names in many scripts, or anything at all. */
const text = (max: number) =>
  fc
    .oneof(fc.constantFrom(...SCRIPTS), fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }))
    .map((s) => s.trim().slice(0, max))
    .filter((s) => s.length > 0);
// Lists share a cell, separated as the importer splits them: an item holds none of the separators.
const item = (max: number) => text(max).filter((s) => !/[,;\n]/.test(s));
const slug = fc.stringMatching(/^[a-z][a-z0-9-]{2,30}$/);
const email = fc.tuple(slug, slug).map(([a, b]) => `${a}@${b}.example`);

const personArb = fc.record({
  displayName: text(300),
  givenName: fc.option(text(150), { nil: null }),
  familyName: fc.option(text(150), { nil: null }),
  company: fc.option(text(300), { nil: null }),
  title: fc.option(text(300), { nil: null }),
  headline: fc.option(text(500), { nil: null }),
  location: fc.option(text(300), { nil: null }),
  linkedinUrl: fc.option(
    slug.map((s) => `https://www.linkedin.com/in/${s}/`),
    { nil: null },
  ),
  emails: fc.uniqueArray(email, { maxLength: 3 }),
  phones: fc.uniqueArray(fc.stringMatching(/^\+?[0-9][0-9 ]{4,14}[0-9]$/), { maxLength: 2 }),
  tags: fc.uniqueArray(item(60), { maxLength: 4 }),
  lifecycle: fc.constantFrom(...LifecycleSchema.options),
  leadSource: fc.constantFrom(...LeadSourceSchema.options),
});

describe('CSV export then import', () => {
  it('gives back every field, names in every script included', () => {
    fc.assert(
      fc.property(fc.array(personArb, { minLength: 1, maxLength: 8 }), (specs) => {
        const people: PersonRow[] = specs.map((s) => ({ ...makePerson(), ...s }));
        const file = exportHeader('people', 'sidecar').slice(1) + exportRows('people', 'sidecar', people, ctx);
        const layout = analyseCsv(file);
        const { records, broken } = readCsv(file, layout.delimiter);
        expect(broken).toEqual([]);
        const rows = records.filter((r) => r.line > layout.headerLine).map((r) => rowOf(r, layout.mapping));
        expect(rows).toHaveLength(people.length);
        rows.forEach((outcome, i) => {
          if (!outcome.ok) throw new Error(`${outcome.problem} ${outcome.detail}`);
          const { line: _line, notes: _notes, stage: _stage, ...back } = outcome.row;
          const p = people[i]!;
          expect(back).toEqual({
            displayName: p.displayName,
            givenName: p.givenName,
            familyName: p.familyName,
            emails: p.emails,
            phones: p.phones,
            company: p.company,
            title: p.title,
            headline: p.headline,
            location: p.location,
            linkedinUrl: p.linkedinUrl,
            tags: p.tags,
            leadSource: p.leadSource,
            lifecycle: p.lifecycle,
          });
        });
      }),
      { numRuns: 200 },
    );
  });
});

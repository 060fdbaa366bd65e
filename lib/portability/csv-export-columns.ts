import type { ActivityRow, CompanyRow, DealRow, FollowUpRow, PersonRow } from '../db/rows';
import { fromMinorUnits } from '../domain/money';

export const EXPORT_KINDS = ['people', 'companies', 'deals', 'activities', 'followUps'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
/** Column names as Sidecar's own importer, HubSpot's and Pipedrive's importers read them without remapping. */
export const EXPORT_PRESETS = ['sidecar', 'hubspot', 'pipedrive'] as const;
export type ExportPreset = (typeof EXPORT_PRESETS)[number];

/** What a row needs from elsewhere: the person it is about, its stage's name, its company. */
export interface ExportContext {
  personOf(id: string): PersonRow | undefined;
  companyOf(id: string | null): CompanyRow | undefined;
  stageName(pipelineId: string, stageId: string): string;
  pipelineName(pipelineId: string): string;
}

export interface Column<R> {
  /** The header per preset; absent: the column is not in that preset's file. */
  header: Partial<Record<ExportPreset, string>>;
  value: (row: R, ctx: ExportContext, preset: ExportPreset) => string;
  /** A phone number: in a CRM's preset validated and written as is, not neutralised (see csv-write.ts). */
  phone?: true;
}

const all = (h: string): Partial<Record<ExportPreset, string>> => ({ sidecar: h, hubspot: h, pipedrive: h });
const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());
// Lists go in one cell separated as the importer splits them (csv-rows.ts).
const list = (xs: readonly string[]) => xs.join('; ');
// HubSpot's own lifecycle stages: its importer takes these internal values.
const HUBSPOT_LIFECYCLE = {
  prospect: 'subscriber',
  lead: 'lead',
  mql: 'marketingqualifiedlead',
  sql: 'salesqualifiedlead',
  customer: 'customer',
} as const;

const PEOPLE: Column<PersonRow>[] = [
  { header: all('First Name'), value: (p) => p.givenName ?? '' },
  { header: all('Last Name'), value: (p) => p.familyName ?? '' },
  { header: { sidecar: 'Name', pipedrive: 'Name' }, value: (p) => p.displayName },
  { header: all('Email'), value: (p) => list(p.emails) },
  {
    header: { sidecar: 'Phone', hubspot: 'Phone Number', pipedrive: 'Phone' },
    value: (p) => list(p.phones),
    phone: true,
  },
  { header: { sidecar: 'Company', hubspot: 'Company Name', pipedrive: 'Organization' }, value: (p) => p.company ?? '' },
  { header: { sidecar: 'Job Title', hubspot: 'Job Title', pipedrive: 'Job title' }, value: (p) => p.title ?? '' },
  { header: { sidecar: 'Headline' }, value: (p) => p.headline ?? '' },
  { header: { sidecar: 'Location', hubspot: 'City' }, value: (p) => p.location ?? '' },
  {
    header: { sidecar: 'LinkedIn URL', hubspot: 'LinkedIn URL', pipedrive: 'LinkedIn' },
    value: (p) => p.linkedinUrl ?? '',
  },
  { header: { sidecar: 'Tags', pipedrive: 'Labels' }, value: (p) => list(p.tags) },
  {
    header: { sidecar: 'Lifecycle', hubspot: 'Lifecycle Stage' },
    value: (p, _c, preset) => (preset === 'hubspot' ? HUBSPOT_LIFECYCLE[p.lifecycle] : p.lifecycle),
  },
  { header: { sidecar: 'Lead Source' }, value: (p) => p.leadSource },
  { header: { sidecar: 'Created' }, value: (p) => iso(p.createdAt) },
];

const COMPANIES: Column<CompanyRow>[] = [
  { header: { sidecar: 'Name', hubspot: 'Company name', pipedrive: 'Name' }, value: (c) => c.name },
  { header: { sidecar: 'Domain', hubspot: 'Company Domain Name' }, value: (c) => c.domains[0] ?? '' },
  { header: { sidecar: 'LinkedIn URL', hubspot: 'LinkedIn Company Page' }, value: (c) => c.linkedinUrl ?? '' },
  { header: { sidecar: 'Industry', hubspot: 'Industry' }, value: (c) => c.industry ?? '' },
  { header: { sidecar: 'Size' }, value: (c) => c.size ?? '' },
];

const money = (d: DealRow) => String(fromMinorUnits(d.value, d.currency));
const DEALS: Column<DealRow>[] = [
  { header: { sidecar: 'Title', hubspot: 'Deal Name', pipedrive: 'Title' }, value: (d) => d.title },
  { header: { sidecar: 'Value', hubspot: 'Amount', pipedrive: 'Value' }, value: money },
  { header: { sidecar: 'Currency', pipedrive: 'Currency' }, value: (d) => d.currency },
  {
    header: { sidecar: 'Pipeline', hubspot: 'Pipeline', pipedrive: 'Pipeline' },
    value: (d, c) => c.pipelineName(d.pipelineId),
  },
  {
    header: { sidecar: 'Stage', hubspot: 'Deal Stage', pipedrive: 'Stage' },
    value: (d, c) => c.stageName(d.pipelineId, d.stageId),
  },
  { header: { sidecar: 'Status', pipedrive: 'Status' }, value: (d) => d.status },
  {
    header: { sidecar: 'Expected Close', hubspot: 'Close Date', pipedrive: 'Expected close date' },
    value: (d) => d.expectedClose ?? '',
  },
  { header: { sidecar: 'Person', pipedrive: 'Person' }, value: (d, c) => c.personOf(d.personId)?.displayName ?? '' },
  {
    header: { sidecar: 'Email', hubspot: 'Associated Contact' },
    value: (d, c) => c.personOf(d.personId)?.emails[0] ?? '',
  },
  {
    header: { sidecar: 'Company', hubspot: 'Associated Company', pipedrive: 'Organization' },
    value: (d, c) => c.companyOf(d.companyId)?.name ?? '',
  },
];

/** An activity's own words: a note's text, an email's subject, a call's or meeting's note. */
const textOf = (a: ActivityRow): string => {
  const r = a as unknown as Record<string, unknown>;
  for (const k of ['text', 'subject', 'note', 'summary']) if (typeof r[k] === 'string') return r[k];
  return '';
};
const ACTIVITIES: Column<ActivityRow>[] = [
  { header: all('Date'), value: (a) => iso(a.at) },
  { header: all('Type'), value: (a) => a.kind },
  { header: all('Person'), value: (a, c) => c.personOf(a.personId)?.displayName ?? '' },
  { header: all('Email'), value: (a, c) => c.personOf(a.personId)?.emails[0] ?? '' },
  { header: all('Note'), value: textOf },
];

const FOLLOW_UPS: Column<FollowUpRow>[] = [
  { header: all('Due'), value: (f) => iso(f.dueAt) },
  { header: all('Type'), value: (f) => f.kind },
  { header: all('Person'), value: (f, c) => c.personOf(f.personId)?.displayName ?? '' },
  { header: all('Email'), value: (f, c) => c.personOf(f.personId)?.emails[0] ?? '' },
  { header: all('Note'), value: (f) => f.note },
  { header: all('Done'), value: (f) => iso(f.doneAt) },
];

export const COLUMNS = {
  people: PEOPLE,
  companies: COMPANIES,
  deals: DEALS,
  activities: ACTIVITIES,
  followUps: FOLLOW_UPS,
} as const;

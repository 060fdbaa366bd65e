import type { Table } from 'dexie';
import type { SidecarDB } from '../db/schema';
import type { CompanyRow, PersonRow } from '../db/rows';
import type { ExportContext, ExportKind, ExportPreset } from '../portability/csv-export-columns';
import { exportHeader, exportRows } from '../portability/csv-export';

/** Rows read and written per slice: a few milliseconds of the page's main thread each. */
const SLICE = 500;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type Keyed = { id: string; personId?: string; companyId?: string | null };

function tableOf(db: SidecarDB, kind: ExportKind): Table<Keyed, string> {
  const tables = {
    people: db.prospects,
    companies: db.companies,
    deals: db.deals,
    activities: db.activities,
    followUps: db.followUps,
  };
  return tables[kind] as unknown as Table<Keyed, string>;
}

/**
 * An export as the parts of one file, read in slices by primary key and written slice by slice with
 * a yield to the page between them: 50,000 people never make one long task or one huge string (the
 * parts become a Blob as they are). Each slice looks up only the people and companies it names.
 */
export async function exportCsvParts(
  db: SidecarDB,
  kind: ExportKind,
  preset: ExportPreset,
  names: Pick<ExportContext, 'stageName' | 'pipelineName'>,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<Uint8Array<ArrayBuffer>[]> {
  const table = tableOf(db, kind);
  const total = await table.count();
  // Each slice is encoded as it is written: a Blob made of strings would encode them all in one task.
  const encoder = new TextEncoder();
  const parts: Uint8Array<ArrayBuffer>[] = [encoder.encode(exportHeader(kind, preset))];
  let last: string | null = null;
  let done = 0;
  for (;;) {
    const rows: Keyed[] = await (last === null ? table.orderBy(':id') : table.where(':id').above(last))
      .limit(SLICE)
      .toArray();
    if (rows.length === 0) break;
    last = rows.at(-1)!.id;
    const personIds = [...new Set(rows.flatMap((r) => r.personId ?? []))];
    const companyIds = [...new Set(rows.flatMap((r) => r.companyId ?? []))];
    const [people, companies] = await Promise.all([db.prospects.bulkGet(personIds), db.companies.bulkGet(companyIds)]);
    const personById = new Map(people.flatMap((p): [string, PersonRow][] => (p ? [[p.id, p]] : [])));
    const companyById = new Map(companies.flatMap((c): [string, CompanyRow][] => (c ? [[c.id, c]] : [])));
    const ctx: ExportContext = {
      ...names,
      personOf: (id) => personById.get(id),
      companyOf: (id) => (id === null ? undefined : companyById.get(id)),
    };
    parts.push(encoder.encode(exportRows(kind, preset, rows, ctx)));
    done += rows.length;
    onProgress(done, total);
    await yieldToPage();
  }
  return parts;
}

import { z } from 'zod';
import { IMPORT_FIELDS } from './csv-columns';
import { CSV_DELIMITERS } from './csv-sniff';

/** What to do with a row whose person is already in Sidecar: fill what is missing, leave them, or add a new person. */
export const ImportModeSchema = z.enum(['update', 'skip', 'create']);
export type ImportMode = z.infer<typeof ImportModeSchema>;

/**
 * The choices the options page makes for an import (the file's text is already decoded there, in the
 * encoding the user kept). Anything left out is read from the file's start, as the preview did.
 */
export const CsvImportOptionsSchema = z.object({
  delimiter: z.enum(CSV_DELIMITERS).optional(),
  headerLine: z.number().int().min(1).max(10_000).optional(),
  mapping: z.array(z.enum(IMPORT_FIELDS).nullable()).max(1000).optional(),
  mode: ImportModeSchema.default('update'),
  /** Open a deal for every row (in the capture stage when the file names none); a stage column opens them anyway. */
  deals: z.boolean().default(false),
});
export type CsvImportOptions = z.infer<typeof CsvImportOptionsSchema>;
/** The choices as the options page sends them (defaults left out). */
export type CsvImportChoices = z.input<typeof CsvImportOptionsSchema>;

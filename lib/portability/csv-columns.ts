/** What a column of an imported file can hold; the options page lets the user change each column's. */
export const IMPORT_FIELDS = [
  'fullName',
  'firstName',
  'lastName',
  'email',
  'phone',
  'company',
  'title',
  'headline',
  'location',
  'linkedinUrl',
  'notes',
  'tags',
  'stage',
  'leadSource',
  'lifecycle',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** One field (or nothing: the column is not imported) per column of the file, in order. */
export type ColumnMapping = (ImportField | null)[];

/** Fields several columns may feed (Apollo's four phone columns, Pipedrive's work and home e-mail). */
export const MULTI_FIELDS: ReadonlySet<ImportField> = new Set(['email', 'phone', 'notes', 'tags']);

// Header words people use, in the languages Sidecar speaks, after foldHeader. Exports of CRMs that
// need more than a word (LinkedIn's "URL", Apollo's "Stage") are in csv-presets.ts.
// One string per field, words separated by |: the lists stay one line each.
const WORDS: Record<ImportField, string> = {
  fullName:
    "name|full name|contact name|contact|person name|imię i nazwisko|imie i nazwisko|повне ім'я|піб|фио|полное имя|ad soyad|ad-soyad|isim|ชื่อ-นามสกุล|ชื่อ นามสกุล|ชื่อเต็ม",
  firstName: "first name|firstname|given name|forename|imię|imie|ім'я|имя|ad|ชื่อ|ชื่อจริง",
  lastName: 'last name|lastname|surname|family name|nazwisko|прізвище|фамилия|soyad|soyadı|นามสกุล',
  email:
    'email|e-mail|email address|e-mail address|mail|primary email|work email|personal email|email 1|email 2|additional emails|poczta|adres e-mail|adres email|пошта|електронна пошта|почта|электронная почта|e-posta|eposta|อีเมล',
  phone:
    'phone|phone number|telephone|tel|tel.|mobile|mobile phone|mobile phone number|cell|work phone|home phone|other phone|first phone|work direct phone|corporate phone|telefon|numer telefonu|телефон|номер телефону|номер телефона|telefon numarası|cep telefonu|โทรศัพท์|เบอร์โทร|เบอร์โทรศัพท์',
  company:
    'company|company name|organization|organisation|organization name|account name|account|employer|firma|nazwa firmy|компанія|компания|організація|организация|şirket|şirket adı|บริษัท',
  title: 'title|job title|position|role|jobtitle|stanowisko|посада|должность|unvan|pozisyon|ตำแหน่ง',
  headline: 'headline|nagłówek|заголовок|başlık',
  location: 'location|city|town|lokalizacja|miasto|місто|город|şehir|เมือง|จังหวัด',
  linkedinUrl:
    'linkedin|linkedin url|linkedin profile|linkedin profile url|profile url|linkedin link|person linkedin url|profil linkedin|профіль linkedin|профиль linkedin',
  notes:
    'notes|note|comments|comment|description|uwagi|notatki|notatka|komentarz|примітки|нотатки|заметки|примечания|notlar|not|açıklama|หมายเหตุ|บันทึก',
  tags: 'tags|tag|labels|label|lists|tagi|etykiety|теги|мітки|метки|etiketler|แท็ก',
  stage: 'stage|deal stage|pipeline stage|etap|etap sprzedaży|етап|стадія|стадия|этап|aşama|ขั้นตอน',
  leadSource: 'lead source|source|źródło|źródło leada|джерело|источник|kaynak|แหล่งที่มา',
  lifecycle: 'lifecycle|lifecycle stage|cykl życia|життєвий цикл|жизненный цикл|yaşam döngüsü',
};
const ALIASES = new Map<string, ImportField>(
  Object.entries(WORDS).flatMap(([field, words]) => words.split('|').map((w) => [w, field as ImportField] as const)),
);

/** A header as compared with the words above: case, spacing, underscores and apostrophes folded. */
export function foldHeader(header: string): string {
  return header
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .replace(/[’ʼ`]/g, "'")
    .replace(/[_*:]+/g, ' ')
    .trim()
    .toLocaleLowerCase('en')
    .replace(/\u0307/g, '') // "İsim" lower-cased outside Turkish is "i̇sim"
    .replace(/\s+/g, ' ');
}

/** The field a header names, or null when it is not one Sidecar imports. */
export const fieldOfHeader = (header: string): ImportField | null => ALIASES.get(foldHeader(header)) ?? null;

/**
 * A mapping from the fields of each column: a field taken by an earlier column is not taken again
 * (except those several columns may feed). A lone first-name column with no last name and no full
 * name is the full name ("Имя" alone, or "Name" spelt as a given name).
 */
export function finishMapping(fields: readonly (ImportField | null)[]): ColumnMapping {
  const seen = new Set<ImportField>();
  const out = fields.map((f) => {
    if (f === null || (seen.has(f) && !MULTI_FIELDS.has(f))) return null;
    seen.add(f);
    return f;
  });
  if (seen.has('firstName') && !seen.has('lastName') && !seen.has('fullName'))
    return out.map((f) => (f === 'firstName' ? 'fullName' : f));
  return out;
}

/** Map every column by its header alone. */
export const mapByHeaders = (headers: readonly string[]): ColumnMapping => finishMapping(headers.map(fieldOfHeader));

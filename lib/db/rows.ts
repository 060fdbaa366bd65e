/** A prospect as stored (schema v1). */
export interface ProspectRow {
  id: string;
  name: string | null;
  headline: string | null;
  title: string | null;
  company: string | null;
  location: string | null;
  /** Canonical profile URL as written; `linkedinKey` is its matching key (absent when unknown). */
  linkedinUrl: string | null;
  linkedinKey?: string;
  emails: string[];
  emailKeys: string[];
  lifecycle: 'prospect' | 'lead' | 'mql' | 'sql' | 'customer';
  sources: { site: string; pageKind: string; url: string; firstSeen: number; lastSeen: number }[];
  createdAt: number;
  updatedAt: number;
}

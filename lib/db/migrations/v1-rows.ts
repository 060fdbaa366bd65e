/** A prospect as schema v1 (the walking skeleton) stored it. Frozen: never change this type. */
export interface ProspectRowV1 {
  id: string;
  name: string | null;
  headline: string | null;
  title: string | null;
  company: string | null;
  location: string | null;
  linkedinUrl: string | null;
  linkedinKey?: string;
  emails: string[];
  emailKeys: string[];
  lifecycle: 'prospect' | 'lead' | 'mql' | 'sql' | 'customer';
  sources: { site: string; pageKind: string; url: string; firstSeen: number; lastSeen: number }[];
  createdAt: number;
  updatedAt: number;
}

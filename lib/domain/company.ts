import { z } from 'zod';
import { LinkedinLinkSchema } from './safe-link';
import { IdSchema } from './entity-fields';
import { EpochSchema } from './epoch';

/** A bare host name, lower-cased, without scheme or "www.": what e-mail domains are compared with. */
export const DomainNameSchema = z
  .string()
  .max(253)
  .regex(
    /^(?!www\.)([a-z0-9\p{L}](?:[a-z0-9\p{L}-]*[a-z0-9\p{L}])?\.)+[a-z\p{L}]{2,}$/u,
    'bare domain, e.g. example.com',
  );

export const CompanySchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1).max(300),
  domains: z.array(DomainNameSchema).max(20),
  linkedinUrl: LinkedinLinkSchema.max(600).nullable(),
  industry: z.string().trim().min(1).max(300).nullable(),
  /** As LinkedIn shows it ("51-200 employees"); free text because sites word it differently. */
  size: z.string().trim().min(1).max(100).nullable(),
  createdAt: EpochSchema,
  updatedAt: EpochSchema,
});
export type Company = z.infer<typeof CompanySchema>;

/** Reduce a website or URL to the bare domain stored on a company, or null when it is not one. */
export function normalizeCompanyDomain(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (trimmed === '') return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return null;
  }
  const bare = host.replace(/^www\./, '');
  return DomainNameSchema.safeParse(bare).success ? bare : null;
}

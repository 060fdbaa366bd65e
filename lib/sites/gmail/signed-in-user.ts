import type { SignedInUser } from '../../domain/contact';
import { queryOne, type Budget } from '../shared/budget';
import { normalizeText, textOrNull, toEmail } from '../shared/text';

// The signed-in user is never a contact. Gmail names them in <title> ("Subject - user@domain -
// Gmail", "… - Domain Mail" on Workspace) and in the account button's aria-label, which is
// localised ("Google Account: Name (email)", "Konto Google: …"), so it is matched by shape.
const ACCOUNT = 'a[href*="accounts.google.com/SignOutOptions"][aria-label], [aria-label^="Google Account:"]';
const LABEL = /^[^:]{1,60}:\s*(.*?)\s*\(([^()\s]+@[^()\s]+)\)\s*$/;
// Gmail labels the user's own address "me" in thread lists and headers, in the interface languages we support.
const ME_LABELS = ['me', 'ja', 'я', 'ben', 'ฉัน'];
const ME_SPAN = ME_LABELS.map((label) => `[email][name="${label}"]`).join(', ');

function emailFromTitle(title: string): string | null {
  const parts = normalizeText(title).split(' - ');
  for (let i = parts.length - 1; i >= 0; i--) {
    const email = toEmail(parts[i]);
    if (email) return email;
  }
  return null;
}

/** The signed-in Gmail account, or null when the page does not name it. */
export function readGmailSignedInUser(doc: Document, budget: Budget): SignedInUser | null {
  const button = queryOne(doc, ACCOUNT, budget);
  const match = LABEL.exec(normalizeText(button?.getAttribute('aria-label')));
  const email =
    toEmail(match?.[2]) ?? emailFromTitle(doc.title) ?? toEmail(queryOne(doc, ME_SPAN, budget)?.getAttribute('email'));
  const name = textOrNull(match?.[1]);
  if (email === null && name === null) return null;
  return { name, email, linkedinUrl: null };
}

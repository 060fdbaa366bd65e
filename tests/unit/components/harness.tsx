import type { ComponentChildren } from 'preact';
import { render } from '@testing-library/preact';
import { SidecarDB } from '@/lib/db/schema';
import { ensureDefaults } from '@/lib/db/repositories/settings';
import { captureContact } from '@/lib/worker/capture';
import type { DetectedContact } from '@/lib/domain/contact';
import { FALLBACK } from '@/lib/i18n/locales';
import { createTranslator } from '@/lib/i18n/translate';
import { createHandlers } from '@/lib/messaging/handlers/create-handlers';
import { protocol } from '@/lib/messaging/protocol';
import { DbContext } from '@/lib/panel/db-context';
import { I18nContext } from '@/lib/panel/i18n-context';
import { SendContext, type Send } from '@/lib/panel/send-context';

/** A fresh fake-indexeddb database with the default pipeline and settings (UTC working time). */
export async function newDb(): Promise<SidecarDB> {
  const db = new SidecarDB(`t-${crypto.randomUUID()}`);
  await ensureDefaults(db);
  return db;
}

/** A messenger that parses like the worker's gate and runs the real handlers on the test database. */
export function sendFor(db: SidecarDB): Send {
  const handlers = createHandlers(db);
  return (async (name, data) => {
    const parsed = protocol[name].in.safeParse(data);
    if (!parsed.success) return { ok: false, error: 'invalid-input' };
    return (handlers[name] as (d: unknown, c: unknown) => Promise<unknown>)(parsed.data, { tabId: null, url: null });
  }) as Send;
}

/** Render inside the panel's contexts: the test database, the given messenger, English. */
export function renderPanel(ui: ComponentChildren, db: SidecarDB, send: Send = sendFor(db)) {
  const i18n = { t: createTranslator('en', FALLBACK, FALLBACK), locale: 'en' };
  return render(
    <DbContext.Provider value={db}>
      <SendContext.Provider value={send}>
        <I18nContext.Provider value={i18n}>{ui}</I18nContext.Provider>
      </SendContext.Provider>
    </DbContext.Provider>,
  );
}

/** A detected contact with sensible defaults. */
export function contact(over: Partial<DetectedContact> = {}): DetectedContact {
  return {
    key: 'k1',
    site: 'linkedin',
    name: 'Łukasz Żółć',
    linkedinUrl: 'https://www.linkedin.com/in/lukasz-zolc/',
    salesNavUrl: null,
    emails: [],
    headline: null,
    title: null,
    company: null,
    location: null,
    role: null,
    automated: false,
    ...over,
  };
}

let seq = 0;
/** Put a person in the database the way a capture does; returns the id. */
export async function addPerson(db: SidecarDB, over: Partial<DetectedContact> = {}): Promise<string> {
  seq += 1;
  const slug = `p-${seq}-${crypto.randomUUID().slice(0, 8)}`;
  const c = contact({ key: slug, linkedinUrl: `https://www.linkedin.com/in/${slug}/`, ...over });
  const source = { pageKind: 'linkedin-profile' as const, url: c.linkedinUrl ?? 'https://x.test/' };
  const r = await captureContact(db, { contact: c, source, leadSource: 'outbound' }, { now: 1_000 + seq });
  if (!r.ok) throw new Error(r.error);
  return r.value.personId;
}

/** Render the whole shell: it brings its own language, so only the database and messenger are given. */
export function renderShell(ui: ComponentChildren, db: SidecarDB, send: Send = sendFor(db)) {
  return render(
    <DbContext.Provider value={db}>
      <SendContext.Provider value={send}>{ui}</SendContext.Provider>
    </DbContext.Provider>,
  );
}

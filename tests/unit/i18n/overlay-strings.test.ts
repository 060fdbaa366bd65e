import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { LifecycleSchema } from '@/lib/domain/person';
import { chromeKeyOf, chromeMessageText, toChromeMessages, type Catalogue } from '@/lib/i18n/catalogue';
import { fillSlots, OVERLAY_KEYS, SLOT_MARKS } from '@/lib/i18n/overlay-strings';
import { createOverlayStringHandlers, overlayStringKeys } from '@/lib/messaging/handlers/overlay-strings';
import { createOverlayStrings } from '@/lib/sites/overlay-translate';
import en from '@/locales/en.json';
import uk from '@/locales/uk.json';
import { getMessage } from '../reminders/harness';

const SITES = path.resolve(__dirname, '../../../lib/sites');
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
// 'search' is a LinkedIn URL segment in lib/sites, not a label.
const NOT_LABELS = new Set(['search']);
const handlerCtx = { tabId: 1, sender: {} } as never;

describe('overlay strings', () => {
  it('list every catalogue key the overlays name in lib/sites, and every lifecycle', () => {
    const literals = sourceFiles(SITES).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/'([A-Za-z][A-Za-z0-9_]+)'/g)].map((m) => m[1] as string),
    );
    const labels = [...new Set(literals)].filter((k) => k in en && !NOT_LABELS.has(k));
    expect(labels.filter((k) => !(OVERLAY_KEYS as readonly string[]).includes(k))).toEqual([]);
    for (const l of LifecycleSchema.options) expect(OVERLAY_KEYS).toContain(`lifecycle_${l}`);
    for (const k of OVERLAY_KEYS) expect(en).toHaveProperty([k]);
  });

  it('come from the worker with slot marks that the page fills in order, stage names included', async () => {
    const handlers = createOverlayStringHandlers(getMessage);
    const reply = await handlers.getOverlayStrings({}, handlerCtx);
    if (!reply.ok) throw new Error('no strings');
    expect(Object.keys(reply.value).sort()).toEqual(overlayStringKeys().sort());
    expect(reply.value.addToPipeline).toBe('Add to pipeline');
    expect(reply.value['stage.b2b.demo-meeting']).toBe('Demo / Meeting');
    expect(reply.value.inPipelineAs).toContain(SLOT_MARKS[0]);
    expect(fillSlots(reply.value.inPipelineAs as string, ['Lead'])).toBe(en.inPipelineAs.replace('{status}', 'Lead'));
  });

  it('are built once per worker', async () => {
    const spy = vi.fn(getMessage);
    const handlers = createOverlayStringHandlers(spy);
    await handlers.getOverlayStrings({}, handlerCtx);
    const calls = spy.mock.calls.length;
    await handlers.getOverlayStrings({}, handlerCtx);
    expect(spy.mock.calls.length).toBe(calls);
  });

  it('keep page text as text and a $ as a $ when filling slots', () => {
    const template = `Next: ${SLOT_MARKS[0]} (${SLOT_MARKS[1]})`;
    expect(fillSlots(template, ['$1 <b>x</b>', "$'"])).toBe("Next: $1 <b>x</b> ($')");
    expect(fillSlots(template, ['a'])).toBe('Next: a ()');
  });

  it('translate in the page from the table, never calling chrome.i18n, and fall back to it without a table', () => {
    const chromeI18n = vi.fn((key: string, subs?: string[]) => getMessage(key, subs));
    const withTable = createOverlayStrings(chromeI18n);
    expect(withTable.ready()).toBe(false);
    withTable.load({ inPipelineAs: `In pipeline as ${SLOT_MARKS[0]}`, 'stage.b2b.proposal': 'Proposal' });
    expect(withTable.ready()).toBe(true);
    expect(withTable.t('inPipelineAs', { status: 'SQL' })).toBe('In pipeline as SQL');
    expect(withTable.t('stage.b2b.proposal')).toBe('Proposal');
    expect(chromeI18n).not.toHaveBeenCalled();

    const without = createOverlayStrings(chromeI18n);
    without.load(null);
    expect(without.t('stage.b2b.proposal')).toBe('Proposal');
    expect(chromeI18n).toHaveBeenCalledWith(chromeKeyOf('stage.b2b.proposal'), undefined);
    expect(without.t('addToPipeline')).toBe('Add to pipeline');
  });

  it('follow the language picked in settings, from the packaged messages, English where one lacks a key', async () => {
    const chromeI18n = vi.fn(getMessage);
    const { addToPipeline: _dropped, ...ukWithoutAdd } = uk as Catalogue;
    const packaged: Record<string, ReturnType<typeof toChromeMessages>> = {
      en: toChromeMessages(en as Catalogue),
      uk: toChromeMessages(ukWithoutAdd),
    };
    let setting = 'uk';
    const handlers = createOverlayStringHandlers(chromeI18n, {
      setting: async () => setting,
      messages: async (lang) => packaged[lang] ?? null,
    });
    const reply = await handlers.getOverlayStrings({}, handlerCtx);
    if (!reply.ok) throw new Error('no strings');
    expect(reply.value.lifecycle_lead).toBe(uk.lifecycle_lead);
    expect(reply.value.addToPipeline).toBe(en.addToPipeline);
    expect(fillSlots(reply.value.inPipelineAs as string, ['Лід'])).toBe(uk.inPipelineAs.replace('{status}', 'Лід'));
    expect(chromeI18n).not.toHaveBeenCalled();

    // A language with no packaged messages: the browser's, as with 'auto'.
    setting = 'xx';
    const fallback = await handlers.getOverlayStrings({}, handlerCtx);
    expect(fallback.ok && fallback.value.addToPipeline).toBe('Add to pipeline');
    expect(chromeI18n).toHaveBeenCalled();
  });

  it("with the setting on 'auto', follow the browser's language through chrome.i18n", async () => {
    const chromeI18n = vi.fn((key: string, subs?: string[]) =>
      key === 'addToPipeline' ? 'Додати у воронку' : getMessage(key, subs),
    );
    const messages = vi.fn(async () => null);
    const handlers = createOverlayStringHandlers(chromeI18n, { setting: async () => 'auto', messages });
    const reply = await handlers.getOverlayStrings({}, handlerCtx);
    expect(reply.ok && reply.value.addToPipeline).toBe('Додати у воронку');
    expect(chromeI18n).toHaveBeenCalledWith('addToPipeline', [...SLOT_MARKS]);
    expect(messages).not.toHaveBeenCalled();
  });

  it('read a messages.json entry as chrome.i18n does: placeholders by position, $$ as $', () => {
    const entry = toChromeMessages({ price: 'Costs $5 for {who} ({who}), {n} left' }).price!;
    expect(chromeMessageText(entry, ['Ann', '3'])).toBe('Costs $5 for Ann (Ann), 3 left');
    expect(chromeMessageText({ message: '$MISSING$ stays' }, [])).toBe('$MISSING$ stays');
  });
});

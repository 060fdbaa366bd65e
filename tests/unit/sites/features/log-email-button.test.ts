// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { contactChips } from '@/lib/sites/features/contact-chips';
import { logEmail } from '@/lib/sites/features/log-email';
import { gmailAdapter } from '@/lib/sites/gmail/adapter';
import { extractGmail } from '@/lib/sites/gmail/extract';
import { createOverlayHost } from '@/lib/sites/overlay/host';
import { createOverlayManager } from '@/lib/sites/overlay/manager';
import { parseHtml, readHtml } from '../fixture-loader';
import { drawAll, fakeHost, popovers, trustedClick } from './feature-host';

vi.mock('@/lib/messaging/page-client', () => {
  const reply = () => Promise.resolve({ ok: true, value: { logged: 3, alreadyLogged: 0, people: 2 } });
  return { sendPageMessage: vi.fn(reply), sendPageWrite: vi.fn(reply) };
});

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmKxBnPqZrTvLcHsgXwq';

function setup() {
  popovers().replaceChildren();
  const page = parseHtml(readHtml('gmail/thread-hannah-lindgren-3msg.html'));
  document.body.replaceWith(document.adoptNode(page.body));
  const detection = extractGmail(document, new URL(THREAD_URL));
  const { host } = fakeHost({ adapter: gmailAdapter });
  const batch = { detection, accepted: detection, loading: false };
  const chips = contactChips.init(host);
  const button = logEmail.init(host);
  chips.update(document, batch);
  button.update(document, batch);
  host.statuses.answerReport(host.statuses.ask(), new Set(detection.contacts.map((c) => c.key)), {});
  return { host, chips, button, detection };
}

describe('Log email (feature)', () => {
  it('follows the participants under the subject, each in a fixed box of its own, then "Log email"', () => {
    const { chips, button, detection } = setup();
    const mounts: (() => void)[] = [];
    const roots = new Map<Element, ShadowRoot>();
    const manager = createOverlayManager(fakeHost().host.ctx, {
      afterBatch: (m) => mounts.push(m),
      quietly: (c) => c(),
      ready: () => true,
      createHost: (style) => {
        const ui = createOverlayHost(style);
        roots.set(ui.host, ui.root);
        return ui;
      },
    });
    manager.reconcile([...chips.placements(), ...button.placements()]);
    mounts.forEach((m) => m());
    const hosts: Element[] = [];
    for (let el = document.querySelector('h2.hP')!.nextElementSibling; el && roots.has(el); el = el.nextElementSibling)
      hosts.push(el);
    expect(hosts).toHaveLength(detection.contacts.length + 1);
    const labelsOf = (h: Element) =>
      [...roots.get(h)!.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent);
    expect(labelsOf(hosts.at(-1)!)).toEqual(['logEmail']);
    for (const h of hosts.slice(0, -1)) expect(labelsOf(h)).toEqual(['addToPipeline']);
  });

  it('a trusted click runs it once: busy, then the outcome; a synthetic click does nothing', async () => {
    const { host, button } = setup();
    const draw = () => drawAll(button.placements());
    vi.mocked(host.redraw).mockClear();
    draw().querySelector('button')!.click();
    expect(host.redraw).not.toHaveBeenCalled();
    draw().querySelector('button')!.dispatchEvent(trustedClick());
    expect(draw().querySelector('button')?.textContent).toBe('loggingEmail');
    await vi.waitFor(() => expect(draw().textContent).toContain('emailLogged'));
  });

  it('asks before adding people not in the pipeline, beside the fixed box, and sends the answer', async () => {
    const { sendPageWrite } = await import('@/lib/messaging/page-client');
    const send = vi.mocked(sendPageWrite);
    send.mockResolvedValueOnce({ ok: true, value: { logged: 0, alreadyLogged: 0, people: 0, asking: 3 } });
    const { button } = setup();
    const draw = () => drawAll(button.placements());
    draw().querySelector('button')!.dispatchEvent(trustedClick());
    // The question opens in a popover of its own: the action's fixed box keeps only its button.
    await vi.waitFor(() => {
      draw();
      expect(popovers().textContent).toContain('logEmailAsk(3)');
    });
    expect(send.mock.calls.at(-1)?.[1]).toMatchObject({ unknown: 'ask' });
    expect([...draw().querySelectorAll('button')].map((b) => b.textContent)).toEqual(['logEmail']);
    const question = popovers().querySelector('[role=status]');
    // Its accessible name is the question (a status's name comes from its label, not its text).
    expect([question?.textContent, question?.getAttribute('aria-label')]).toEqual(['logEmailAsk(3)', 'logEmailAsk(3)']);
    const answers = [...popovers().querySelectorAll('button')];
    expect(answers.map((b) => b.textContent)).toEqual(['logEmailAdd', 'logEmailKnownOnly']);
    expect(document.activeElement).toBe(answers[0]);
    // A redraw of the same outcome does not ask twice.
    await Promise.resolve();
    draw();
    await Promise.resolve();
    expect(popovers().querySelectorAll('.ask')).toHaveLength(1);
    // "Remember my choice" is offered, unticked: this answer is for this click only.
    const remember = popovers().querySelector<HTMLInputElement>('label input[type=checkbox]')!;
    expect([remember.checked, remember.closest('label')?.textContent]).toEqual([false, 'logEmailRemember']);
    answers[1]!.dispatchEvent(trustedClick());
    expect(popovers().children).toHaveLength(0);
    await vi.waitFor(() => expect(draw().textContent).toContain('emailLogged'));
    expect(send.mock.calls.at(-1)?.[1]).toMatchObject({ unknown: 'skip' });
    expect(send.mock.calls.at(-1)?.[1]).not.toHaveProperty('remember');
  });

  it('ticking "Remember my choice" sends the answer to be remembered; Escape closes the question', async () => {
    const { sendPageWrite } = await import('@/lib/messaging/page-client');
    const send = vi.mocked(sendPageWrite);
    send.mockResolvedValueOnce({ ok: true, value: { logged: 0, alreadyLogged: 0, people: 0, asking: 2 } });
    send.mockResolvedValueOnce({ ok: true, value: { logged: 0, alreadyLogged: 0, people: 0, asking: 2 } });
    const { button } = setup();
    const draw = () => drawAll(button.placements());
    draw().querySelector('button')!.dispatchEvent(trustedClick());
    await vi.waitFor(() => {
      draw();
      expect(popovers().querySelector('.ask')).not.toBeNull();
    });
    popovers()
      .querySelector('.ask')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(popovers().children).toHaveLength(0);
    // Clicking the action again asks again.
    draw().querySelector('button')!.dispatchEvent(trustedClick());
    await vi.waitFor(() => {
      draw();
      expect(popovers().querySelector('.ask')).not.toBeNull();
    });
    popovers().querySelector<HTMLInputElement>('label input[type=checkbox]')!.checked = true;
    popovers().querySelectorAll('button')[0]!.dispatchEvent(trustedClick());
    await vi.waitFor(() => expect(draw().textContent).toContain('emailLogged'));
    expect(send.mock.calls.at(-1)?.[1]).toMatchObject({ unknown: 'add', remember: true });
  });

  it('offers nothing on a list view or while loading', () => {
    const { host, button, detection } = setup();
    button.update(document, { detection: { ...detection, pageKind: 'gmail-inbox' }, accepted: null, loading: false });
    expect(button.placements()).toEqual([]);
    button.update(document, { detection, accepted: null, loading: true });
    expect(button.placements()).toEqual([]);
    expect(host.ctx.isInvalid).toBe(false);
  });
});

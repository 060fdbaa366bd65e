// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findSendTarget } from '../../../lib/sites/gmail/send-target';
import { readComposeState } from '../../../lib/sites/gmail/compose-state';
import { readHtml } from './fixture-loader';

function load(html: string) {
  document.body.innerHTML = html;
  return readComposeState(document).windows.map((w) => w.root);
}

const click = (el: Element) => {
  let event: Event | null = null;
  el.addEventListener(
    'click',
    (e) => {
      event = e;
    },
    { once: true },
  );
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  return event as unknown as Event;
};

describe('findSendTarget', () => {
  it('finds the compose window of the Send button, and of Ctrl+Enter inside it', () => {
    const roots = load(readHtml('gmail/compose.html').replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, ''));
    expect(roots).toHaveLength(1);
    const send = document.querySelector('div[role="button"].T-I.aoO');
    expect(findSendTarget(click(send!), roots, null)).toEqual({ root: roots[0], sendAt: null });
    const body = document.querySelector('[aria-label="Message Body"]')!;
    let key: Event | null = null;
    body.addEventListener(
      'keydown',
      (e) => {
        key = e;
      },
      { once: true },
    );
    body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    expect(findSendTarget(key!, roots, null)).toEqual({ root: roots[0], sendAt: null });
    expect(findSendTarget(click(document.querySelector('[data-tooltip="Sent"]')!), roots, null)).toBeNull();
  });

  it('reads the time of a "Schedule send" option for the window last used', () => {
    const roots = load(`<div role="dialog" class="M9"><div class="anm" name="to"></div></div>
      <div role="dialog" aria-label="Schedule send"><div role="menuitem" id="opt">Tomorrow morning <span>Nov 26, 8:00 AM</span></div>
      <div role="menuitem" id="pick">Pick date &amp; time</div></div>`);
    const option = click(document.getElementById('opt')!);
    const at = new Date(findSendTarget(option, roots, roots[0]!)?.sendAt ?? 0);
    expect([at.getMonth(), at.getDate(), at.getHours(), at.getMinutes()]).toEqual([10, 26, 8, 0]);
    expect(findSendTarget(option, roots, null)).toBeNull();
    expect(findSendTarget(click(document.getElementById('pick')!), roots, roots[0]!)).toBeNull();
  });

  it('takes no far-future time from a "Schedule send" option the page wrote (issue 16)', () => {
    const roots = load(`<div role="dialog" class="M9"><div class="anm" name="to"></div></div>
      <div role="dialog" aria-label="Schedule send"><div role="menuitem" id="far">Later <span hidden>+275760-09-13T00:00:00Z</span></div>
      <div role="menuitem" id="year">Later Nov 26, 9999, 8:00 AM</div>
      <div role="button" id="go">Schedule send</div><input value="+275760-09-13T00:00:00Z"></div>`);
    expect(findSendTarget(click(document.getElementById('far')!), roots, roots[0]!)).toBeNull();
    expect(findSendTarget(click(document.getElementById('year')!), roots, roots[0]!)).toBeNull();
    const picked = findSendTarget(click(document.getElementById('go')!), roots, roots[0]!);
    expect(picked?.sendAt).toBeLessThanOrEqual(Date.now());
  });
});

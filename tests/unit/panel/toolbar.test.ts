import { describe, expect, it, vi } from 'vitest';
import { setUpToolbar } from '@/lib/panel/toolbar';

describe('toolbar button', () => {
  it('opens the side panel on click in Chrome', async () => {
    const setPanelBehavior = vi.fn(async () => undefined);
    await expect(setUpToolbar({ sidePanel: { setPanelBehavior } })).resolves.toBe('side-panel');
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
  });

  it('toggles the sidebar from the button in Firefox (MV2 browserAction)', async () => {
    let click: () => void = () => undefined;
    const toggle = vi.fn(async () => undefined);
    const kind = await setUpToolbar({
      sidebarAction: { toggle },
      browserAction: {
        onClicked: {
          addListener: (cb) => {
            click = cb;
          },
        },
      },
    });
    expect(kind).toBe('sidebar');
    click();
    expect(toggle).toHaveBeenCalledTimes(1);
  });

  it('does nothing where neither exists', async () => {
    await expect(setUpToolbar({})).resolves.toBe('none');
  });
});

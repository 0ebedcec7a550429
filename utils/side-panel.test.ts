import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openPanelFromPage } from './side-panel';

type Loose = Record<string, unknown>;
const fake = fakeBrowser as unknown as Loose;

/** Stands in for one browser's panel API (fakeBrowser has neither). */
function withApi(name: 'sidePanel' | 'sidebarAction', api: Loose) {
  fake[name] = api;
}

afterEach(() => {
  delete fake.sidePanel;
  delete fake.sidebarAction;
});

describe('opening the report from the badge', () => {
  it('Chrome: opens the side panel of the tab', async () => {
    const open = vi.fn().mockResolvedValue(undefined);
    withApi('sidePanel', { open });
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await openPanelFromPage(7, 2);
    expect(open).toHaveBeenCalledWith({ tabId: 7, windowId: 2 });
    expect(create).not.toHaveBeenCalled();
  });

  it('Firefox: refused without a gesture, so the report opens in a window of its own', async () => {
    withApi('sidebarAction', {
      open: vi.fn().mockRejectedValue(new Error('sidebarAction.open may only be called from a user input handler')),
      isOpen: vi.fn().mockResolvedValue(false),
    });
    const create = vi.spyOn(fakeBrowser.windows, 'create').mockResolvedValue({} as never);
    await openPanelFromPage(7, 2);
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ type: 'popup' }));
    expect(String((create.mock.calls[0]![0] as { url: string }).url)).toMatch(/\/sidepanel\.html\?tabId=7$/);
  });

  it('Firefox: nothing more when the sidebar is already open in that window (it follows the tab)', async () => {
    const isOpen = vi.fn().mockResolvedValue(true);
    withApi('sidebarAction', { open: vi.fn().mockRejectedValue(new Error('no gesture')), isOpen });
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await openPanelFromPage(7, 2);
    expect(isOpen).toHaveBeenCalledWith({ windowId: 2 });
    expect(create).not.toHaveBeenCalled();
  });

  it('Chrome: a refusal is passed on to the caller', async () => {
    withApi('sidePanel', { open: vi.fn().mockRejectedValue(new Error('no window')) });
    await expect(openPanelFromPage(7)).rejects.toThrow('no window');
  });
});

import { browser } from 'wxt/browser';

/**
 * Chrome's side panel for a tab, Firefox's sidebar. Both need the click's user
 * gesture: call this straight from the click, with no await before it.
 */
export function openSidePanel(tabId: number | null, windowId?: number): Promise<void> | undefined {
  const chromePanel = (
    browser as unknown as { sidePanel?: { open(o: { tabId: number; windowId?: number }): Promise<void> } }
  ).sidePanel;
  const firefoxSidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  return chromePanel && tabId !== null
    ? chromePanel.open({ tabId, ...(windowId !== undefined && { windowId }) })
    : firefoxSidebar?.open();
}

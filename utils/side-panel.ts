import { browser } from 'wxt/browser';

type FirefoxSidebar = { open(): Promise<void>; isOpen(details: { windowId?: number }): Promise<boolean> };
const firefoxSidebar = () => (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;

/**
 * Chrome's side panel for a tab, Firefox's sidebar. Both need the click's user
 * gesture: call this straight from the click, with no await before it.
 */
export function openSidePanel(tabId: number | null, windowId?: number): Promise<void> | undefined {
  const chromePanel = (
    browser as unknown as { sidePanel?: { open(o: { tabId: number; windowId?: number }): Promise<void> } }
  ).sidePanel;
  return chromePanel && tabId !== null
    ? chromePanel.open({ tabId, ...(windowId !== undefined && { windowId }) })
    : firefoxSidebar()?.open();
}

/** The live report of one tab in a small window of its own (the side panel's pop-out). */
export async function openReportWindow(tabId: number): Promise<void> {
  const url = browser.runtime.getURL(`/sidepanel.html?tabId=${tabId}`);
  await browser.windows.create({ url, type: 'popup', width: 420, height: 760 });
}

/**
 * The badge's click, which reaches the background as a message. Chrome keeps
 * the click's gesture across it; Firefox does not, so its sidebar refuses to
 * open: there the report opens in its own window, unless the sidebar is
 * already open (it follows the active tab).
 */
export async function openPanelFromPage(tabId: number, windowId?: number): Promise<void> {
  try {
    await openSidePanel(tabId, windowId);
  } catch (error) {
    const sidebar = firefoxSidebar();
    if (!sidebar) throw error;
    if (await sidebar.isOpen(windowId !== undefined ? { windowId } : {})) return;
    await openReportWindow(tabId);
  }
}

import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { Message } from '../lib/messages.js';

const MENU_ID = 'tenderlint-check-page';

/** Injects the generic adapter into a tab; needs activeTab (a click) unless the tab is on a portal. */
async function checkTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/generic.js'] });
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Check this page with tenderlint', contexts: ['page', 'selection'] });
  });
  browser.contextMenus.onClicked.addListener((info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void checkTab(tab.id);
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const parsed = Message.safeParse(raw);
    if (!parsed.success) return undefined;
    const msg = parsed.data;
    const fromExtensionPage = !sender.tab || sender.url?.startsWith(browser.runtime.getURL('/'));
    switch (msg.type) {
      case 'findings': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        void browser.action.setBadgeText({ tabId, text: msg.count ? String(msg.count) : '' });
        void browser.action.setBadgeBackgroundColor({ tabId, color: msg.errors ? '#d4351c' : '#f47738' });
        return undefined;
      }
      case 'check-document': {
        // The draft checker fetches the document itself (it has the portals' host permission) and lints it locally.
        const url = browser.runtime.getURL('/checker.html') + '?' + new URLSearchParams({ url: msg.url }).toString();
        void browser.tabs.create({ url, ...(sender.tab?.index !== undefined ? { index: sender.tab.index + 1 } : {}) });
        return undefined;
      }
      case 'check-tab': {
        if (!fromExtensionPage) return undefined;
        return checkTab(msg.tabId).then(
          () => ({ ok: true }),
          (e: unknown) => ({ ok: false, error: e instanceof Error ? e.message : String(e) }),
        );
      }
    }
  });
});

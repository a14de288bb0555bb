import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { Message, type TabState } from '../lib/messages.js';

const MENU_ID = 'tenderlint-check-page';
const COLOURS = { error: '#d4351c', other: '#b25e00', off: '#505a5f' };

/** Injects the generic adapter into a tab; needs activeTab (a click) unless the tab is on a portal. */
async function checkTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/generic.js'] });
}

/** Replies waiting for a tab's next "findings" message (the popup's "Check this page"). */
const waiting = new Map<number, (state: TabState) => void>();

function nextState(tabId: number, ms: number): Promise<TabState | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      waiting.delete(tabId);
      resolve(undefined);
    }, ms);
    waiting.set(tabId, (s) => {
      clearTimeout(timer);
      waiting.delete(tabId);
      resolve(s);
    });
  });
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener((details: Browser.runtime.InstalledDetails) => {
    browser.contextMenus.create({
      id: MENU_ID,
      title: 'Check this page with tenderlint',
      contexts: ['page', 'selection'],
    });
    if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.contextMenus.onClicked.addListener((info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void checkTab(tab.id);
  });
  browser.tabs.onRemoved.addListener((tabId: number) => void browser.storage.session.remove(`tab:${tabId}`));

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const parsed = Message.safeParse(raw);
    if (!parsed.success) return undefined;
    const msg = parsed.data;
    const fromExtensionPage = !sender.tab || sender.url?.startsWith(browser.runtime.getURL('/'));
    switch (msg.type) {
      case 'findings': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        const host = sender.tab?.url ? new URL(sender.tab.url).hostname : '';
        const state: TabState = { count: msg.count, errors: msg.errors, off: msg.off ?? false, host };
        void browser.action.setBadgeText({ tabId, text: state.off ? 'off' : msg.count ? String(msg.count) : '' });
        void browser.action.setBadgeBackgroundColor({
          tabId,
          color: state.off ? COLOURS.off : msg.errors ? COLOURS.error : COLOURS.other,
        });
        void browser.action.setTitle({
          tabId,
          title: state.off
            ? `tenderlint is off on ${host}`
            : `tenderlint: ${msg.count} finding${msg.count === 1 ? '' : 's'}${msg.errors ? ` (${msg.errors} error${msg.errors === 1 ? '' : 's'})` : ''}`,
        });
        void browser.storage.session.set({ [`tab:${tabId}`]: state });
        waiting.get(tabId)?.(state);
        return undefined;
      }
      case 'check-document': {
        // The draft checker fetches the document itself and lints it locally. The page it came from
        // is the sender's tab as the browser reports it, never something the page said.
        const from = sender.tab?.url;
        const query = new URLSearchParams({ url: msg.url, ...(from && /^https?:/.test(from) ? { from } : {}) });
        const url = `${browser.runtime.getURL('/checker.html')}?${query.toString()}`;
        void browser.tabs.create({ url, ...(sender.tab?.index !== undefined ? { index: sender.tab.index + 1 } : {}) });
        return undefined;
      }
      case 'check-tab': {
        if (!fromExtensionPage) return undefined;
        const state = nextState(msg.tabId, 10_000);
        return checkTab(msg.tabId).then(
          async () => ({ ok: true, state: await state }),
          (e: unknown) => ({ ok: false, error: e instanceof Error ? e.message : String(e) }),
        );
      }
    }
  });
});

import { browser } from 'wxt/browser';
import { loadSettings, setSiteEnabled } from '../../lib/settings.js';
import { TabState, type Message } from '../../lib/messages.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const stateBox = $('state');
const status = $('status');
const checkButton = $<HTMLButtonElement>('check');
const siteButton = $<HTMLButtonElement>('site');
const confirmBox = $('confirm');

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

function describe(state: TabState | undefined, off: boolean, host: string): { text: string; cls: string } {
  if (off) return { text: `Off on ${host}. Notices here are not checked.`, cls: 'off' };
  if (!state) return { text: `On for ${host}. This page has not been checked yet.`, cls: '' };
  return {
    text: `On for ${host}: ${plural(state.count, 'finding')} on this page${state.errors ? ` (${plural(state.errors, 'error')})` : ''}.`,
    cls: state.errors ? 'error' : '',
  };
}

/**
 * The tab the popup is about: the active tab of the window it opened over. `?tab=ID` names one
 * instead (the end-to-end tests open the popup as a page, where the active tab is the popup itself).
 */
async function currentTab() {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named >= 0 && new URLSearchParams(location.search).has('tab'))
    return browser.tabs.get(named).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function main() {
  const tab = await currentTab();
  $('checker').addEventListener(
    'click',
    () => void browser.tabs.create({ url: browser.runtime.getURL('/checker.html') }),
  );
  $('options').addEventListener('click', () => void browser.runtime.openOptionsPage());
  const url = tab?.url ? new URL(tab.url) : undefined;
  const own = url?.href.startsWith(browser.runtime.getURL('/'));
  if (!url || tab?.id === undefined || own || !/^https?:$/.test(url.protocol)) {
    // The extension's own pages and browser pages: nothing to check or turn off here.
    stateBox.textContent = own
      ? 'This is one of tenderlint’s own pages.'
      : 'tenderlint checks web pages and the documents you open in the draft checker.';
    return;
  }
  const host = url.hostname;
  const tabId = tab.id;

  const render = async () => {
    const { disabledSites } = await loadSettings();
    const off = disabledSites.includes(host);
    const stored = TabState.safeParse((await browser.storage.session.get(`tab:${tabId}`))[`tab:${tabId}`]);
    const d = describe(stored.success && !stored.data.off ? stored.data : undefined, off, host);
    stateBox.textContent = d.text;
    stateBox.className = d.cls;
    checkButton.hidden = off;
    siteButton.hidden = false;
    siteButton.textContent = off ? `Turn on for ${host}` : `Turn off for ${host}…`;
    siteButton.setAttribute('aria-expanded', 'false');
    siteButton.onclick = async () => {
      if (off) {
        await setSiteEnabled(host, true);
        status.textContent = `Turned on for ${host}.`;
        return render();
      }
      $('confirm-text').textContent =
        `Turn tenderlint off on ${host}? Its pages will not be checked until you turn it back on here or in the options.`;
      confirmBox.hidden = false;
      siteButton.setAttribute('aria-expanded', 'true');
      $('confirm-off').focus();
    };
  };
  $('confirm-off').addEventListener('click', async () => {
    await setSiteEnabled(host, false);
    confirmBox.hidden = true;
    status.textContent = `Turned off for ${host}. Use “Turn on” to undo.`;
    await render();
    siteButton.focus();
  });
  $('confirm-cancel').addEventListener('click', () => {
    confirmBox.hidden = true;
    siteButton.setAttribute('aria-expanded', 'false');
    siteButton.focus();
  });
  checkButton.addEventListener('click', async () => {
    const message: Message = { type: 'check-tab', tabId };
    status.textContent = 'Checking…';
    const reply = (await browser.runtime.sendMessage(message)) as
      { ok: boolean; error?: string; state?: unknown } | undefined;
    if (!reply?.ok) {
      status.textContent = `Could not check this page: ${reply?.error ?? 'no answer'}`;
      return;
    }
    const state = TabState.safeParse(reply.state);
    if (!state.success) status.textContent = 'Checked, but the page did not answer.';
    else if (state.data.off) status.textContent = `tenderlint is off on ${host}: turn it on to check this page.`;
    else
      status.textContent = `Checked: ${plural(state.data.count, 'finding')}. The count is at the bottom corner of the page; open it for the list.`;
    await render();
  });
  await render();
}
void main();

import { browser } from 'wxt/browser';
import { loadSettings, setSiteEnabled } from '../../lib/settings.js';
import type { Message } from '../../lib/messages.js';

const status = document.getElementById('status')!;
const siteButton = document.getElementById('site') as HTMLButtonElement;

async function main() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const host = tab?.url ? new URL(tab.url).hostname : undefined;

  document.getElementById('check')!.addEventListener('click', async () => {
    if (tab?.id === undefined) return;
    const message: Message = { type: 'check-tab', tabId: tab.id };
    const reply = (await browser.runtime.sendMessage(message)) as { ok: boolean; error?: string } | undefined;
    status.textContent = reply?.ok ? 'Checked: see the panel on the page.' : `Could not check this page: ${reply?.error ?? 'no answer'}`;
  });
  document.getElementById('checker')!.addEventListener('click', () => void browser.tabs.create({ url: browser.runtime.getURL('/checker.html') }));
  document.getElementById('options')!.addEventListener('click', () => void browser.runtime.openOptionsPage());

  if (host) {
    const render = async () => {
      const { disabledSites } = await loadSettings();
      const off = disabledSites.includes(host);
      siteButton.hidden = false;
      siteButton.textContent = off ? `Turn on for ${host}` : `Turn off for ${host}`;
      siteButton.onclick = async () => {
        await setSiteEnabled(host, off);
        await render();
      };
    };
    await render();
  }
}
void main();

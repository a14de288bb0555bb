import { browser } from 'wxt/browser';

document
  .getElementById('checker')!
  .addEventListener('click', () => void browser.tabs.create({ url: browser.runtime.getURL('/checker.html') }));
document.getElementById('options')!.addEventListener('click', () => void browser.runtime.openOptionsPage());

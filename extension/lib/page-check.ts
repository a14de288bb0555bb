import { browser, type Browser } from 'wxt/browser';
import { lintDocument, ConfigError, type LintResult } from '../../linter/lint.js';
import { readPage } from '../adapters/read-page.js';
import type { PortalAdapter } from '../adapters/types.js';
import { annotate, clearAnnotations, countBySeverity } from '../ui/annotate.js';
import { loadSettings, setSiteEnabled } from './settings.js';
import type { Message } from './messages.js';

function send(message: Message): void {
  browser.runtime.sendMessage(message).catch(() => undefined);
}

/** A "Check document" button after each PDF/DOCX link; the click asks the background to open the draft checker on it. */
function documentButtons(links: HTMLAnchorElement[]): void {
  for (const a of links) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Check document';
    button.setAttribute('data-tenderlint-doc', '');
    button.setAttribute('aria-label', `Check document with tenderlint: ${(a.textContent ?? '').trim()}`);
    button.style.cssText = 'margin-left:6px;font:inherit;font-size:0.85em;padding:0 6px;line-height:1.3;vertical-align:baseline;cursor:pointer;';
    button.addEventListener('click', () => send({ type: 'check-document', url: a.href }));
    a.insertAdjacentElement('afterend', button);
  }
}

/**
 * Reads the page with the adapter, lints it with the shared linter and annotates it. Runs again
 * when the options or the site switch change, so a change takes effect without a reload.
 */
export async function checkPage(adapter: PortalAdapter): Promise<LintResult | undefined> {
  const settings = await loadSettings();
  const host = location.hostname;
  clearAnnotations(document);
  if (settings.disabledSites.includes(host)) {
    document.documentElement.setAttribute('data-tenderlint-checked', 'off');
    send({ type: 'findings', count: 0, errors: 0 });
    return undefined;
  }
  const started = performance.now();
  const read = readPage(document, adapter);
  const notes: string[] = [];
  let result: LintResult;
  try {
    result = lintDocument(read.doc, { config: settings.config });
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    notes.push(`Your options are not valid (${e.problems.join('; ')}); the defaults were used.`);
    result = lintDocument(read.doc);
  }
  const targets = result.findings.map((finding) => ({ finding, node: finding.location.block ? read.nodes[finding.location.block - 1] : undefined }));
  annotate(document, targets, {
    source: adapter.name,
    notes: [...notes, ...result.notes],
    onDisable: () => void setSiteEnabled(host, false),
  });
  documentButtons(read.documents);
  const ms = performance.now() - started;
  document.documentElement.setAttribute('data-tenderlint-checked', String(result.findings.length));
  document.documentElement.setAttribute('data-tenderlint-ms', ms.toFixed(1));
  send({ type: 'findings', count: result.findings.length, errors: countBySeverity(result.findings).error });
  return result;
}

let watching = false;

export function runOnPage(adapter: PortalAdapter): void {
  void checkPage(adapter);
  if (watching) return;
  watching = true;
  browser.storage.onChanged.addListener((changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    if (area === 'local' && (changes.config || changes.disabledSites)) void checkPage(adapter);
  });
}

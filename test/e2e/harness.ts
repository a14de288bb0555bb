import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

const ROOT = join(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const SHOTS = join(ROOT, 'test-output');
const PORTALS = join(ROOT, 'fixtures/portals');
const TENDERS = join(ROOT, 'fixtures/tenders');

export const HOSTS = {
  fts: 'www.find-tender.service.gov.uk',
  cf: 'www.contractsfinder.service.gov.uk',
  pcs: 'www.publiccontractsscotland.gov.uk',
  s2w: 'www.sell2wales.gov.wales',
} as const;

export const URLS = {
  fts: `https://${HOSTS.fts}/Notice/001234-2026`,
  cf: `https://${HOSTS.cf}/Notice/3f2a9c1e-5b7d-4c1a-9e2f-0a1b2c3d4e5f`,
  pcs: `https://${HOSTS.pcs}/search/show/search_view.aspx?ID=FEB123456`,
  s2w: `https://${HOSTS.s2w}/search/show/search_view.aspx?ID=JAN456789`,
  /** A page on a portal host outside the content scripts' match patterns: only "Check this page" reads it. */
  other: `https://${HOSTS.fts}/Search/Opportunity/library-courier`,
};

const PAGES: Record<string, string> = {
  [`${HOSTS.fts}/Notice/001234-2026`]: 'find-a-tender.html',
  [`${HOSTS.cf}/Notice/3f2a9c1e-5b7d-4c1a-9e2f-0a1b2c3d4e5f`]: 'contracts-finder.html',
  [`${HOSTS.pcs}/search/show/search_view.aspx`]: 'public-contracts-scotland.html',
  [`${HOSTS.s2w}/search/show/search_view.aspx`]: 'sell2wales.html',
  [`${HOSTS.fts}/Search/Opportunity/library-courier`]: 'generic-portal.html',
};

/** A throwaway self-signed certificate (the browser is told to ignore certificate errors). */
function certificate(dir: string): { key: Buffer; cert: Buffer } {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '2',
      '-subj',
      '/CN=tenderlint-test',
      '-addext',
      `subjectAltName=${Object.values(HOSTS)
        .map((h) => `DNS:${h}`)
        .join(',')}`,
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** Serves the portal snapshots under the portals' own host names and paths, and the tender fixtures as attachments. */
export function startServer(
  dir: string,
  extraPages: Record<string, string> = {},
): Promise<{ server: Server; port: number }> {
  const server = createServer(certificate(dir), (req, res) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host}`);
    const key = `${url.hostname}${url.pathname}`;
    const extra = extraPages[key];
    if (extra !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(extra);
      return;
    }
    const page = PAGES[key];
    if (page) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(PORTALS, page)));
      return;
    }
    if (url.pathname === '/Notice/Attachment/huge.pdf') {
      // Says it is 200 MB and sends a little of it: the checker must refuse it by its declared size.
      res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(200 * 1024 * 1024) });
      res.write(Buffer.alloc(64 * 1024, 0x20));
      const stop = setTimeout(() => res.destroy(), 5_000);
      res.on('close', () => clearTimeout(stop));
      return;
    }
    const attachment = /^\/Notice\/Attachment\/([\w.-]+\.(?:docx|pdf))$/.exec(url.pathname)?.[1];
    if (attachment && existsSync(join(TENDERS, attachment))) {
      const type = attachment.endsWith('.pdf')
        ? 'application/pdf'
        : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
      res
        .writeHead(200, {
          'content-type': type,
          'content-disposition': `attachment; filename="${basename(attachment)}"`,
        })
        .end(readFileSync(join(TENDERS, attachment)));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as AddressInfo).port })),
  );
}

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The URL of the tab the extension opened on install (its first-run page). */
  firstRun: string | undefined;
  close(): Promise<void>;
  page(url: string): Promise<Page>;
  badge(url: string): Promise<string>;
  shot(page: Page, name: string): Promise<void>;
}

/** Debian's chromium with the production build loaded, the portal hosts mapped to the fixture server. */
export async function launch(extraPages: Record<string, string> = {}): Promise<Session> {
  const dir = mkdtempSync(join(tmpdir(), 'tenderlint-e2e-'));
  const { server, port } = await startServer(dir, extraPages);
  const rules = Object.values(HOSTS)
    .map((h) => `MAP ${h} 127.0.0.1:${port}`)
    .join(', ');
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--host-resolver-rules=${rules}`,
      '--ignore-certificate-errors',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // The first-run page opens once on install; wait for it and close it, so no test mistakes it for a tab it opened.
  const isWelcome = (p: Page) => p.url().endsWith('/welcome.html');
  let welcome: Page | undefined;
  for (let waited = 0; !welcome && waited < 10_000; waited += 100) {
    welcome = context.pages().find(isWelcome);
    if (!welcome) await new Promise((r) => setTimeout(r, 100));
  }
  const firstRun = welcome?.url();
  await welcome?.close();
  mkdirSync(SHOTS, { recursive: true });
  return {
    context,
    worker,
    extensionId,
    firstRun,
    async close() {
      await context.close();
      await new Promise((r) => server.close(r));
      rmSync(dir, { recursive: true, force: true });
    },
    async page(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    badge(url) {
      return worker.evaluate(
        async (u) => {
          const [tab] = await chrome.tabs.query({ url: u });
          return tab?.id === undefined ? 'no tab' : chrome.action.getBadgeText({ tabId: tab.id });
        },
        url.replace(/\?.*$/, '*'),
      );
    },
    async shot(page, name) {
      const path = join(SHOTS, `${name}.png`);
      mkdirSync(dirname(path), { recursive: true });
      await page.screenshot({ path, fullPage: false });
    },
  };
}

declare const chrome: {
  tabs: { query(q: { url?: string }): Promise<Array<{ id?: number }>> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: { local: { clear(): Promise<void>; get(k?: string[]): Promise<Record<string, unknown>> } };
};

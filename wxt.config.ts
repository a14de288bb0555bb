import { defineConfig } from 'wxt';

/**
 * The only hosts the extension may touch without a click: the four portals whose notices it
 * annotates (and whose attached documents the draft checker fetches on request). Any other page is
 * checked through activeTab, which lasts only for the tab the user clicked in.
 */
export const PORTAL_HOSTS = [
  'https://www.find-tender.service.gov.uk/*',
  'https://www.contractsfinder.service.gov.uk/*',
  'https://www.publiccontractsscotland.gov.uk/*',
  'https://www.sell2wales.gov.wales/*',
];

const ICONS = Object.fromEntries([16, 32, 48, 96, 128].map((n) => [String(n), `/icon/${n}.png`]));

export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  vite: () => ({
    resolve: {
      // The linter's default PDF loader names pdf.js's legacy build (for Node); the extension
      // registers the modern build with its worker instead. One alias keeps one copy in the bundle.
      alias: { 'pdfjs-dist/legacy/build/pdf.mjs': 'pdfjs-dist/build/pdf.mjs' },
    },
  }),
  outDir: '.output',
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'tenderlint',
    description: 'Flags tender requirements that shut small and local suppliers out, on portal notices and in your own drafts. Nothing leaves your browser.',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    host_permissions: PORTAL_HOSTS,
    icons: ICONS,
    action: { default_title: 'tenderlint', default_icon: ICONS },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'tenderlint@tenderlint.github.io', strict_min_version: '115.0' } } }
      : {}),
  }),
});

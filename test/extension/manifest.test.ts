import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const OUT = join(import.meta.dirname, '../../.output/chrome-mv3');
const README = readFileSync(join(import.meta.dirname, '../../extension/README.md'), 'utf8');

/** The permissions README lists, from its "Permissions" table: `name` in the first column. */
function documented(kind: 'permission' | 'host'): string[] {
  const section = README.split(/^## /m).find((s) => s.startsWith('Permissions'))!;
  return [...section.matchAll(/^\| `([^`]+)` \| (permission|host) \|/gm)]
    .filter((m) => m[2] === kind)
    .map((m) => m[1]!);
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

describe('the built manifest', () => {
  const manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8'));

  it('asks for exactly the permissions the README lists', () => {
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.permissions].sort()).toEqual(documented('permission').sort());
    expect([...manifest.host_permissions].sort()).toEqual(documented('host').sort());
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    // Content scripts run only on the portals' notice pages.
    const matches = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches).sort();
    expect(matches).toEqual([
      'https://www.contractsfinder.service.gov.uk/Notice/*',
      'https://www.find-tender.service.gov.uk/Notice/*',
      'https://www.publiccontractsscotland.gov.uk/search/show/search_view.aspx*',
      'https://www.sell2wales.gov.wales/search/show/search_view.aspx*',
    ]);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    // No loosened content security policy: no remote or eval'd code.
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('loads no code from anywhere but the extension', () => {
    for (const f of files(OUT).filter((p) => p.endsWith('.html'))) {
      const html = readFileSync(f, 'utf8');
      for (const m of html.matchAll(/<script[^>]*src="([^"]+)"/g)) expect(m[1], f).toMatch(/^\/(?!\/)/);
    }
    for (const f of files(OUT).filter((p) => /\.m?js$/.test(p))) {
      const js = readFileSync(f, 'utf8');
      expect(js, f).not.toMatch(/(?:cdn\.jsdelivr|unpkg\.com|cdnjs\.cloudflare|googleapis\.com\/ajax)/);
      expect(js, f).not.toMatch(/\bimportScripts\(\s*["']https?:/);
    }
  });
});

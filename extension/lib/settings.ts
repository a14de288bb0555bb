import { z } from 'zod';
import { browser } from 'wxt/browser';
import { Config } from '../../linter/config.js';
import { resolveRules, ConfigError } from '../../linter/lint.js';

/** What the extension keeps in storage.local: the CLI's config (same schema) and the sites turned off. */
export const Settings = z.object({
  config: Config.default({ rules: {} }),
  disabledSites: z.array(z.string()).default([]),
});
export type Settings = z.infer<typeof Settings>;

/** Stored settings; anything stored that no longer validates is ignored rather than trusted. */
export async function loadSettings(): Promise<Settings> {
  const raw = await browser.storage.local.get(['config', 'disabledSites']);
  const config = Config.safeParse(raw.config ?? {});
  const sites = z.array(z.string()).safeParse(raw.disabledSites ?? []);
  return { config: config.success ? config.data : { rules: {} }, disabledSites: sites.success ? sites.data : [] };
}

/** Validates a config exactly as the CLI does (schema, rule ids, rule options) and stores it. */
export async function saveConfig(input: unknown): Promise<{ ok: true } | { ok: false; problems: string[] }> {
  try {
    resolveRules(input);
  } catch (e) {
    if (e instanceof ConfigError) return { ok: false, problems: e.problems };
    throw e;
  }
  await browser.storage.local.set({ config: Config.parse(input) });
  return { ok: true };
}

export async function setSiteEnabled(host: string, enabled: boolean): Promise<void> {
  const { disabledSites } = await loadSettings();
  const next = enabled ? disabledSites.filter((h) => h !== host) : [...new Set([...disabledSites, host])];
  await browser.storage.local.set({ disabledSites: next });
}

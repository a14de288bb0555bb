/**
 * Resource limits for reading one file. A tender pack is whatever a portal produced, so every limit
 * fails with a ParseError that names the limit and the flag that raises it; nothing is read past one.
 */
export interface Limits {
  /** Largest file read at all, in bytes (`--max-file-size`). Checked before the file is read. */
  maxFileSize: number;
  /**
   * Largest total uncompressed size of a DOCX's zip entries, in bytes (`--max-docx-uncompressed`).
   * Checked from the zip's central directory before anything is inflated, and again while inflating,
   * so a zip bomb that lies about its sizes is refused too.
   */
  maxDocxUncompressed: number;
  /** Most entries a DOCX zip may hold. */
  maxZipEntries: number;
  /** Most pages read from a PDF (`--max-pages`). */
  maxPages: number;
  /** CLI only: wall-clock limit for parsing one file, in ms (`--timeout`, in seconds). */
  timeoutMs: number;
  /** CLI only: heap limit of the parser worker, in MB (`--max-memory`). */
  maxMemoryMb: number;
}

export const MB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxFileSize: 100 * MB,
  maxDocxUncompressed: 256 * MB,
  maxZipEntries: 10_000,
  maxPages: 2000,
  timeoutMs: 120_000,
  maxMemoryMb: 1024,
});

/**
 * Largest config file (tenderlint.config.json, an `extends` target, a package.json looked at for a
 * "tenderlint" key) and ignore file read, in bytes. Real ones are a few KB; a config found next to a
 * linted file can be anything, so a bigger one is refused, not read.
 */
export const MAX_CONFIG_BYTES = 1 * MB;

/** Longest `extends` chain followed (a config extending a config extending ...). */
export const MAX_EXTENDS_DEPTH = 32;

/** The defaults with any given limit replacing its default (undefined keeps the default). */
export function resolveLimits(given: Partial<Limits> = {}): Limits {
  const out: Limits = { ...DEFAULT_LIMITS };
  for (const k of Object.keys(DEFAULT_LIMITS) as Array<keyof Limits>) {
    const v = given[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** "100 MB", "512 KB", "37 bytes": sizes in messages. */
export function formatBytes(n: number): string {
  if (n >= MB) return `${Math.round((n / MB) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round((n / 1024) * 10) / 10} KB`;
  return `${n} bytes`;
}

/**
 * A size flag: "100MB", "512k", "2g", "1048576" (bytes). Undefined when it is not a size.
 * Units are binary (1 MB = 1,048,576 bytes), as `ls -h` and `du -h` print them.
 */
export function parseSize(s: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?) ?(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(s.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? 'b').toLowerCase()[0]!;
  const mult = unit === 'k' ? 1024 : unit === 'm' ? MB : unit === 'g' ? 1024 * MB : 1;
  const n = Math.floor(Number(m[1]) * mult);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

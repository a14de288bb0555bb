import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { FileResult } from './model/report.js';

export const DEFAULT_CACHE_LOCATION = '.tenderlintcache';

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

interface CacheFile {
  tenderlint: string;
  files: Record<string, { key: string; results: FileResult[] }>;
}

/**
 * Results of earlier runs, keyed per file on its content, the config that applies to it, the facts
 * from flags, and the tenderlint version: change any of them and the file is linted again. One JSON
 * file; a directory location gets a .tenderlintcache inside it.
 */
export class LintCache {
  private data: CacheFile;
  private dirty = false;
  hits = 0;
  misses = 0;

  private constructor(readonly file: string, private readonly version: string) {
    this.data = { tenderlint: version, files: {} };
  }

  static open(location: string, version: string, cwd = process.cwd()): LintCache {
    let file = resolve(cwd, location);
    if (/[\\/]$/.test(location) || (existsSync(file) && statSync(file).isDirectory())) file = join(file, DEFAULT_CACHE_LOCATION);
    const cache = new LintCache(file, version);
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      // Another version may lint differently: its results are dropped wholesale.
      if (data.tenderlint === version && data.files && typeof data.files === 'object') cache.data = data;
    } catch {
      // No cache yet, or a damaged one: start empty.
    }
    return cache;
  }

  /** The key for one file's results. */
  key(contentHash: string, configKey: string, extra: string): string {
    return sha256(`${this.version}\0${configKey}\0${extra}\0${contentHash}`);
  }

  get(absPath: string, key: string): FileResult[] | undefined {
    const entry = this.data.files[absPath];
    if (entry && entry.key === key) {
      this.hits++;
      return entry.results;
    }
    this.misses++;
    return undefined;
  }

  set(absPath: string, key: string, results: FileResult[]): void {
    // A file that could not be read is tried again next time.
    if (results.some((r) => r.error)) {
      if (this.data.files[absPath]) delete this.data.files[absPath], (this.dirty = true);
      return;
    }
    this.data.files[absPath] = { key, results };
    this.dirty = true;
  }

  /** Writes the cache (dropping entries for files that no longer exist), atomically. */
  save(): void {
    for (const path of Object.keys(this.data.files)) {
      if (!existsSync(path)) delete this.data.files[path], (this.dirty = true);
    }
    if (!this.dirty && existsSync(this.file)) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.data));
    renameSync(tmp, this.file);
    this.dirty = false;
  }
}

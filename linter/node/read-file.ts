import { readFile, readlink, stat } from 'node:fs/promises';
import type { FileResult } from '../core/model/report.js';
import { formatFromName } from '../core/parse/index.js';
import { formatBytes, type Limits } from '../core/limits.js';

/** A file's entry in the report when it could not be linted. */
export function fileError(path: string, shown: string, code: string, message: string): FileResult[] {
  return [{ path: shown, format: formatFromName(path) ?? null, facts: null, findings: [], error: { code, message } }];
}

/** A file that was looked at and left alone (a JSON file in a walked folder that is not OCDS), with the reason. */
export function skippedFile(result: FileResult, reason: string): FileResult {
  return { ...result, error: null, findings: [], facts: null, skipped: reason };
}

/** Why a file could not be looked at or read, in words; never throws. */
export async function readFailure(path: string, shown: string, e: unknown): Promise<FileResult[]> {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT') {
    const link = await readlink(path).catch(() => undefined);
    if (link !== undefined)
      return fileError(path, shown, 'broken-symlink', `a symbolic link to "${link}", which does not exist`);
    return fileError(path, shown, 'ENOENT', 'no such file');
  }
  if (err.code === 'ELOOP')
    return fileError(
      path,
      shown,
      'symlink-loop',
      'a symbolic link loop (the link points, directly or through others, back to itself)',
    );
  const message =
    err.code === 'EISDIR'
      ? 'is a directory'
      : err.code === 'EACCES' || err.code === 'EPERM'
        ? 'permission denied: the file cannot be read by this user'
        : err.message;
  return fileError(path, shown, err.code ?? 'read-error', message);
}

/**
 * Looks before reading: a FIFO or device would block or never end, and a huge file would fill
 * memory. The error entry, or undefined when the file may be read.
 */
export async function checkFile(
  path: string,
  shown: string,
  limits: Pick<Limits, 'maxFileSize'>,
): Promise<FileResult[] | undefined> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fileError(path, shown, 'EISDIR', 'is a directory');
    if (!info.isFile())
      return fileError(
        path,
        shown,
        'not-a-file',
        `not a regular file (${info.isFIFO() ? 'a named pipe' : info.isSocket() ? 'a socket' : 'a device'}), so it is not read: reading it could block forever`,
      );
    if (info.size > limits.maxFileSize) {
      return fileError(
        path,
        shown,
        'file-too-large',
        `the file is ${formatBytes(info.size)}, more than the limit of ${formatBytes(limits.maxFileSize)} (raise it with --max-file-size); not read`,
      );
    }
    return undefined;
  } catch (e) {
    return readFailure(path, shown, e);
  }
}

/** The file's bytes after checkFile, or its error entry. */
export async function readChecked(
  path: string,
  shown: string,
  limits: Pick<Limits, 'maxFileSize'>,
): Promise<Uint8Array | FileResult[]> {
  const bad = await checkFile(path, shown, limits);
  if (bad) return bad;
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    return readFailure(path, shown, e);
  }
}

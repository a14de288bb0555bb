import { closeSync, constants, fstatSync, openSync, readSync, statfsSync, type Stats } from 'node:fs';
import { formatBytes } from '../core/limits.js';

export { describeJsonError } from '../core/parse/errors.js';

/**
 * Reading files that a tender pack or a pull request may have put in the way: a config found by
 * walking up from a linted file, an `extends` target, an ignore file, the cache. Such a path can name
 * a device (`/dev/zero` grows without end), a named pipe (blocks for ever), or a /proc file (regular
 * by its type, yet unbounded or blocking). So: opened without blocking, looked at through the open
 * descriptor (no swap between a check and the read), read only when it is a regular file on a real
 * file system, and never past a size limit. Symbolic links are followed only to regular files, as
 * the descriptor's type is the target's. Node only.
 */
export class UnsafeFile extends Error {
  constructor(
    /** ENOENT, EACCES, EISDIR, not-a-file, pseudo-file, too-large, or another errno code. */
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'UnsafeFile';
  }
}

// statfs magic numbers of Linux's pseudo file systems, whose "regular" files are generated on read.
const PSEUDO_FS = new Map<number, string>([
  [0x9fa0, '/proc'],
  [0x62656572, '/sys'],
  [0x64626720, 'debugfs'],
  [0x73636673, 'securityfs'],
  [0x27e0eb, 'cgroup'],
  [0x63677270, 'cgroup2'],
  [0xcafe4a11, 'bpf'],
  [0x74726163, 'tracefs'],
]);

/** What a non-regular file is, in words. */
export function describeType(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** The pseudo file system `path` lies on (/proc, /sys, ...), or undefined for a real one. */
export function pseudoFileSystem(path: string): string | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    return PSEUDO_FS.get(Number(statfsSync(path).type));
  } catch {
    return undefined;
  }
}

function errnoMessage(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'a symbolic link loop';
    case 'EISDIR':
      return 'a directory';
    default:
      return e.code ?? 'cannot be opened';
  }
}

/**
 * The bytes of a regular file of at most `maxBytes`. Throws UnsafeFile, whose message names the
 * problem (never the file's contents); callers add the file name and the key that named it.
 */
export function readRegularFile(path: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer for ever.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new UnsafeFile(err.code ?? 'EIO', errnoMessage(err));
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new UnsafeFile('EISDIR', 'a directory, not a file');
    if (!info.isFile())
      throw new UnsafeFile(
        'not-a-file',
        `${describeType(info)}, not a regular file, so it is not read (reading it could block or never end)`,
      );
    const pseudo = pseudoFileSystem(path);
    if (pseudo)
      throw new UnsafeFile(
        'pseudo-file',
        `a file of the ${pseudo} pseudo file system, not a regular file, so it is not read`,
      );
    if (info.size > maxBytes)
      throw new UnsafeFile(
        'too-large',
        `${formatBytes(info.size)}, more than the ${formatBytes(maxBytes)} such a file may be`,
      );
    // Read to the end, but never past the limit: the size can change between fstat and the read.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(64 * 1024, maxBytes + 1 - total));
      let n: number;
      try {
        n = readSync(fd, buf, 0, buf.length, null);
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        throw new UnsafeFile(
          err.code ?? 'EIO',
          err.code === 'EAGAIN' ? 'would block, so it is not read' : errnoMessage(err),
        );
      }
      if (n === 0) break;
      chunks.push(buf.subarray(0, n));
      total += n;
      if (total > maxBytes)
        throw new UnsafeFile('too-large', `more than the ${formatBytes(maxBytes)} such a file may be`);
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** readRegularFile as UTF-8 text, a BOM dropped. */
export function readRegularText(path: string, maxBytes: number): string {
  return readRegularFile(path, maxBytes)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

// Zips written byte by byte, for broken fixtures (scripts/make-broken.mjs) and the zip reader's
// tests: JSZip will not write duplicate names, lying sizes, a central entry pointing at another's
// data or a wrong entry count, which hostile DOCX files have.
import { crc32, deflateRawSync } from 'node:zlib';

/**
 * A zip of the entries in the order given (duplicate names allowed, each with its own data).
 * An entry is stored (method 0) or deflated (method 8, from `data` or ready-made `deflated`);
 * `declaredSize` is the uncompressed size the headers claim; `sameDataAs` names an earlier entry
 * whose data this central entry points at (overlapping entries, as zip bombs do).
 * @param {import('./zip-writer.d.mts').ZipEntry[]} entries
 * @returns {Buffer}
 */
export function zip(entries) {
  const locals = [];
  const central = [];
  let offset = 0;
  const written = [];
  const firstByName = new Map();
  entries.forEach((e, i) => {
    if (e.sameDataAs) return;
    const name = Buffer.from(e.name);
    const data = e.method === 8 ? (e.deflated ?? deflateRawSync(e.data, { level: 9 })) : Buffer.from(e.data);
    const crc = e.data ? crc32(e.data) : (e.crc ?? 0);
    const size = e.declaredSize ?? e.data?.length ?? e.size;
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(0, 6);
    h.writeUInt16LE(e.method, 8);
    h.writeUInt32LE(crc, 14);
    h.writeUInt32LE(data.length, 18);
    h.writeUInt32LE(size, 22);
    h.writeUInt16LE(name.length, 26);
    written[i] = { offset, crc, csize: data.length, size };
    if (!firstByName.has(e.name)) firstByName.set(e.name, written[i]);
    locals.push(h, name, data);
    offset += 30 + name.length + data.length;
  });
  entries.forEach((e, i) => {
    const at = e.sameDataAs ? firstByName.get(e.sameDataAs) : written[i];
    const name = Buffer.from(e.name);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(e.method, 10);
    c.writeUInt32LE(at.crc, 16);
    c.writeUInt32LE(at.csize, 20);
    c.writeUInt32LE(e.declaredSize ?? at.size, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(at.offset, 42);
    central.push(c, name);
  });
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

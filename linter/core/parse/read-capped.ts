/**
 * All of a byte stream, or undefined (and the stream cancelled) once it passes `cap` bytes: nothing
 * past the cap is held. Inflating a zip entry and downloading a linked document both need it, so a
 * zip bomb and an endless download stop at the same kind of limit.
 */
export async function readStreamCapped(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  cap: number,
): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

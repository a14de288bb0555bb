import { afterEach, describe, expect, it } from 'vitest';
import { ParseIsolate } from '../../linter/node/isolate.js';

/**
 * The parse child's queue, with a stand-in child whose files take a set time: two files in flight
 * per lane must not change which files are stopped, or lose the ones queued behind a stopped file.
 */
const STAND_IN = new URL('../helpers/stand-in-worker.mjs', import.meta.url);
const isolates: ParseIsolate[] = [];
function isolate(): ParseIsolate {
  const i = new ParseIsolate(true, STAND_IN);
  isolates.push(i);
  return i;
}
afterEach(async () => {
  for (const i of isolates.splice(0)) await i.close();
});

const limits = (timeoutMs: number) => ({ timeoutMs, maxMemoryMb: 256 });
const pidOf = async (p: Promise<unknown>) => ((await p) as { pid: number }[])[0]!.pid;
const none = new Uint8Array(0);

describe('ParseIsolate queue', () => {
  it('times each file from when the child starts it, not from when it was sent', async () => {
    const i = isolate();
    // Both are sent at once; the second starts at about 700 ms and ends at about 1400 ms. Timed from
    // the send, it would be stopped at 1000 ms.
    const [a, b] = await Promise.allSettled([
      i.parse('sleep-700', none, {}, limits(1000)),
      i.parse('sleep-700', none, {}, limits(1000)),
    ]);
    expect(a.status).toBe('fulfilled');
    expect(b.status).toBe('fulfilled');
    await expect(i.parse('sleep-1500', none, {}, limits(1000))).rejects.toMatchObject({ code: 'timeout' });
  });

  it('sends the files queued behind a timed-out file to a new child', async () => {
    const i = isolate();
    const first = await pidOf(i.parse('sleep-1', none, {}, limits(5000)));
    const [hung, queued] = await Promise.allSettled([
      i.parse('hang', none, {}, limits(500)),
      pidOf(i.parse('sleep-1', none, {}, limits(5000))),
    ]);
    expect(hung).toMatchObject({ status: 'rejected', reason: { code: 'timeout' } });
    expect(queued.status).toBe('fulfilled');
    expect((queued as PromiseFulfilledResult<number>).value).not.toBe(first);
  });

  it('fails only the file a child died on, and sends the ones queued behind it to a new child', async () => {
    const i = isolate();
    const first = await pidOf(i.parse('sleep-1', none, {}, limits(5000)));
    const [died, queued, next] = await Promise.allSettled([
      i.parse('exit', none, {}, limits(5000)),
      pidOf(i.parse('sleep-1', none, {}, limits(5000))),
      pidOf(i.parse('sleep-1', none, {}, limits(5000))),
    ]);
    expect(died).toMatchObject({ status: 'rejected', reason: { message: expect.stringContaining('exit code 3') } });
    expect(queued.status).toBe('fulfilled');
    expect(next.status).toBe('fulfilled');
    expect((queued as PromiseFulfilledResult<number>).value).not.toBe(first);
  });

  it('stops a child whose resident memory passes the limit, though its heap stays small', async () => {
    const i = isolate();
    // 600 MB of buffers is outside V8's heap, so --max-old-space-size=256 alone lets it through.
    await expect(i.parse('alloc-600', none, {}, limits(20_000))).rejects.toMatchObject({ code: 'out-of-memory' });
    // The next file goes to a fresh child.
    expect((await i.parse('alloc-16', none, {}, limits(20_000))) as unknown[]).toHaveLength(1);
  });

  it('gives a file stopped for memory in a child that had read other files one more try, in a fresh child', async () => {
    const i = isolate();
    await i.parse('sleep-1', none, {}, limits(5000));
    await expect(i.parse('alloc-600', none, {}, limits(20_000))).rejects.toMatchObject({ code: 'out-of-memory' });
  });
});

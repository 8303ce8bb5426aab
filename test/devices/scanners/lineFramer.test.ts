import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FramerOutput } from '../../../electron/devices/scanners/lineFramer';
import { LineFramer } from '../../../electron/devices/scanners/lineFramer';

const enc = new TextEncoder();
const dec = new TextDecoder();
const texts = (out: readonly FramerOutput[]) =>
  out.flatMap((o) => (o.type === 'frame' ? [dec.decode(o.bytes)] : []));

function feed(framer: LineFramer, chunks: readonly Uint8Array[]): FramerOutput[] {
  return chunks.flatMap((c, i) => framer.push(c, i));
}

describe('lineFramer', () => {
  it('ends codes on CR, LF and CRLF alike, with no empty codes between CR and LF', () => {
    const out = feed(new LineFramer(), [enc.encode('AAA\rBBB\nCCC\r\nDDD\r\r\n\n')]);
    expect(texts(out)).toEqual(['AAA', 'BBB', 'CCC', 'DDD']);
  });

  it('keeps a partial code until its terminator arrives in a later chunk', () => {
    const f = new LineFramer();
    expect(f.push(enc.encode(']Q1K2AB'), 0)).toEqual([]);
    expect(f.pendingLength).toBe(7);
    expect(texts(f.push(enc.encode('C\r'), 30))).toEqual([']Q1K2ABC']);
  });

  it('flushes a code without suffix only after the idle timeout', () => {
    const f = new LineFramer({ idleFlushMs: 50 });
    f.push(enc.encode('K1ABC'), 1000);
    f.push(enc.encode('DEF'), 1020);
    expect(f.idleDeadline()).toBe(1070);
    expect(f.flushIfIdle(1069)).toEqual([]);
    expect(f.flushIfIdle(1070)).toEqual([{ type: 'frame', bytes: enc.encode('K1ABCDEF'), by: 'idle' }]);
    expect(f.idleDeadline()).toBeNull();
  });

  it('without idleFlushMs a code waits for its terminator however long it takes', () => {
    const f = new LineFramer();
    f.push(enc.encode('K1ABC'), 0);
    expect(f.idleDeadline()).toBeNull();
    expect(f.flushIfIdle(1e9)).toEqual([]);
    expect(texts(f.push(enc.encode('\r'), 1e9))).toEqual(['K1ABC']);
  });

  it('drops an oversize run once, with a reason, and resumes at the next terminator', () => {
    const f = new LineFramer({ maxLength: 10 });
    const out = feed(f, [enc.encode('x'.repeat(25)), enc.encode('yyyy\rOK-1\r')]);
    expect(out).toEqual([
      { type: 'dropped', reason: 'too-long', length: 11 },
      { type: 'frame', bytes: enc.encode('OK-1'), by: 'terminator' },
    ]);
  });

  it('an oversize run cut by the idle timeout does not leak into the next code', () => {
    const f = new LineFramer({ maxLength: 4, idleFlushMs: 50 });
    f.push(enc.encode('GARBAGE'), 0);
    expect(f.flushIfIdle(50)).toEqual([]);
    expect(texts(f.push(enc.encode('OK\r'), 100))).toEqual(['OK']);
  });

  it('a code of exactly maxLength bytes passes', () => {
    const f = new LineFramer({ maxLength: 4 });
    expect(texts(f.push(enc.encode('ABCD\r'), 0))).toEqual(['ABCD']);
  });

  // Codes as scanners send them: printable text incl. multi-byte UTF-8, never CR/LF inside.
  const code = fc
    .string({
      unit: fc.constantFrom('A', 'z', '7', ']', '-', ' ', 'é', '☕', '€', '日', '\x1d'),
      minLength: 1,
      maxLength: 40,
    })
    .filter((s) => s.length > 0);
  const terminator = fc.constantFrom('\r', '\n', '\r\n');
  const stream = fc.array(fc.tuple(code, terminator), { minLength: 1, maxLength: 8 }).map((pairs) => ({
    codes: pairs.map(([c]) => c),
    bytes: enc.encode(pairs.map(([c, t]) => c + t).join('')),
  }));

  it('property: splitting the stream at every single offset yields the same codes', () => {
    fc.assert(
      fc.property(stream, ({ codes, bytes }) => {
        for (let cut = 0; cut <= bytes.length; cut++) {
          const out = feed(new LineFramer(), [bytes.subarray(0, cut), bytes.subarray(cut)]);
          expect(texts(out)).toEqual(codes);
        }
      }),
    );
  });

  it('property: any chunking (down to one byte per read) yields the same codes', () => {
    fc.assert(
      fc.property(
        stream,
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1 }),
        ({ codes, bytes }, sizes) => {
          const chunks: Uint8Array[] = [];
          for (let at = 0, i = 0; at < bytes.length; i++) {
            const n = sizes[i % sizes.length] ?? 1;
            chunks.push(bytes.subarray(at, at + n));
            at += n;
          }
          expect(texts(feed(new LineFramer(), chunks))).toEqual(codes);
        },
      ),
    );
  });
});

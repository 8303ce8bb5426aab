// Reads a body of at most `max` bytes, stopping (and cancelling the rest) as soon as it is longer:
// neither a kiosk nor a server reads more than a letter from the other side. A connection that breaks
// half-way rejects, as the stream does.

/** The body's bytes, or 'tooLarge' once it passes `max` (the rest is not read). */
export async function readAtMost(
  body: ReadableStream<Uint8Array> | null,
  max: number,
): Promise<Uint8Array<ArrayBuffer> | 'tooLarge'> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return 'tooLarge';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

// Reading at most a letter's worth from the other side: the whole body when it fits, 'tooLarge' as
// soon as it passes the limit (the rest left unread), and a broken stream rejects.
import { describe, expect, it } from 'vitest';
import { readAtMost } from '../../../shared/files';

const streamOf = (chunks: number[], breakAfter = false) => {
  let pulled = 0;
  let i = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < chunks.length) {
        pulled++;
        controller.enqueue(new Uint8Array(chunks[i++]!).fill(i));
      } else if (breakAfter) controller.error(new TypeError('terminated'));
      else controller.close();
    },
  });
  return { stream, pulled: () => pulled };
};

describe('readAtMost', () => {
  it('joins the chunks of a body that fits, up to exactly the limit', async () => {
    const { stream } = streamOf([3, 4, 3]);
    const bytes = await readAtMost(stream, 10);
    expect(bytes).toEqual(new Uint8Array([1, 1, 1, 2, 2, 2, 2, 3, 3, 3]));
    expect(await readAtMost(null, 10)).toEqual(new Uint8Array(0));
  });

  it('stops at the chunk that passes the limit, reading no further', async () => {
    const { stream, pulled } = streamOf([6, 6, 6, 6]);
    expect(await readAtMost(stream, 10)).toBe('tooLarge');
    expect(pulled()).toBe(2);
  });

  it('rejects when the connection breaks half-way', async () => {
    const { stream } = streamOf([5], true);
    await expect(readAtMost(stream, 10)).rejects.toThrow('terminated');
  });
});

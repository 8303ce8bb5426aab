// The kiosks' file API for uploaded letters, beside push and pull (mounted at /v1/sync/files):
//   PUT  /:sha256  the letter's bytes; the server hashes and sniffs them itself and refuses a body that
//                  is not the letter its address names (400). Idempotent: the same letter again is 200.
//   GET  /:sha256  the letter (404 when the server has none); HEAD, whether it has it.
// Authenticated like push (the device's bearer credential), so a letter is never public.
import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import type { Clock } from '../../shared/clock';
import { MAX_LETTER_BYTES, checkLetterFile, isSha256Hex, readAtMost } from '../../shared/files';
import type { ServerDb } from '../db/schema';
import { authenticateDevice } from '../devices/credentials';
import { keepLetterOnServer, letterOnServer, readLetterOnServer } from './serverLetters';

/** The display name travels in this header, percent-encoded (headers carry bytes, names are UTF-8). */
export const LETTER_NAME_HEADER = 'x-letter-name';

type FileErrorCode =
  'unauthorized' | 'device_revoked' | 'too_large' | 'invalid' | 'not_found' | 'unavailable';
type Status = 400 | 401 | 404 | 413 | 500;

const fail = (c: Context, status: Status, error: FileErrorCode, message: string) =>
  c.json({ error, message }, status);

const decodeName = (header: string | undefined): string => {
  try {
    return decodeURIComponent(header ?? '');
  } catch {
    return '';
  }
};

/** RFC 6266: an ASCII fallback and the UTF-8 name, so the officer's browser saves it as it was called. */
const contentDisposition = (name: string): string =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export function letterFileRoutes(db: Kysely<ServerDb>, clock: Clock): Hono {
  const app = new Hono();

  // Who is asking comes first: an unknown device is refused before its body is read.
  app.use('/:sha256', async (c, next) => {
    const auth = await authenticateDevice(db, c.req.header('authorization'));
    if (!auth.ok)
      return fail(
        c,
        401,
        auth.error,
        auth.error === 'device_revoked' ? 'this kiosk was revoked' : 'unknown device',
      );
    if (!isSha256Hex(c.req.param('sha256') ?? ''))
      return fail(c, 400, 'invalid', 'a letter is addressed by its SHA-256 in lowercase hex');
    await next();
  });

  const tooLarge = (c: Context) =>
    fail(c, 413, 'too_large', `a letter may be at most ${MAX_LETTER_BYTES} bytes`);

  app.put('/:sha256', async (c) => {
    const sha256 = c.req.param('sha256');
    // A declared length over the limit is refused before a byte is read; a streamed one as it passes it.
    if (Number(c.req.header('content-length') ?? 0) > MAX_LETTER_BYTES) return tooLarge(c);
    let bytes: Uint8Array;
    try {
      const body = await readAtMost(c.req.raw.body, MAX_LETTER_BYTES);
      if (body === 'tooLarge') return tooLarge(c);
      bytes = body;
    } catch {
      // The kiosk's connection broke mid-upload: nothing is kept, and it sends the letter again.
      return fail(c, 400, 'invalid', 'the letter did not arrive whole');
    }
    const check = await checkLetterFile(bytes, decodeName(c.req.header(LETTER_NAME_HEADER)));
    if (!check.ok) return fail(c, 400, 'invalid', `the body is not a letter (${check.messageKey})`);
    // A body cut short, damaged or forged is not the letter its address names: nothing is kept.
    if (check.sha256 !== sha256) return fail(c, 400, 'invalid', 'the body does not match its SHA-256');
    const { ok: _ok, ...ref } = check;
    await keepLetterOnServer(db, ref, bytes, clock.now());
    return c.json({ sha256, mime: ref.mime, size: ref.size });
  });

  // Hono answers HEAD with this handler, the body dropped: HEAD reads no bytes.
  app.get('/:sha256', async (c) => {
    const sha256 = c.req.param('sha256');
    if (c.req.method === 'HEAD') {
      const ref = await letterOnServer(db, sha256);
      if (!ref) return c.body(null, 404);
      return c.body(null, 200, {
        'content-type': ref.mime,
        'content-length': String(ref.size),
        [LETTER_NAME_HEADER]: encodeURIComponent(ref.name),
      });
    }
    const letter = await readLetterOnServer(db, sha256);
    if (!letter.ok)
      return letter.problem === 'missing'
        ? fail(c, 404, 'not_found', 'the server has no letter with this SHA-256')
        : fail(c, 500, 'unavailable', 'the stored letter is damaged');
    return c.body(new Uint8Array(letter.bytes), 200, {
      'content-type': letter.ref.mime,
      'content-length': String(letter.ref.size),
      'content-disposition': contentDisposition(letter.ref.name),
      'x-content-type-options': 'nosniff',
      'content-security-policy': "sandbox; default-src 'none'",
      'cache-control': 'private, no-store',
      etag: `"${sha256}"`,
      [LETTER_NAME_HEADER]: encodeURIComponent(letter.ref.name),
    });
  });

  return app;
}

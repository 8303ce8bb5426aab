// The app:// protocol that serves the built renderer (Electron security checklist #18: a custom
// protocol instead of file://, which would give the page the run of the disk). Every response carries
// the one CSP both hosts use (checklist #7; sent as a header because frame-ancestors is ignored in a
// <meta> tag). Requests are refused unless they name a file inside the renderer folder.
import { readFile as fsReadFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { cacheControlFor, NEVER_STORE } from '../../shared/assetCaching';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import type { CustomScheme } from './electronTypes';
import { APP_HOST, APP_SCHEME } from './trustedUrl';

/**
 * Registered before `ready`: `standard` gives app:// real origins and relative URLs, `secure` makes
 * it a secure context like https, `supportFetchAPI` lets the page fetch its own assets, `codeCache`
 * lets V8 keep the scripts' compiled code between starts (the kiosk's cold start). No `bypassCSP`, no
 * `corsEnabled`, no `stream`: the page needs none of them.
 */
export const appSchemes: CustomScheme[] = [
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
];

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The file a request URL names under `rootDir`, or null when it is not ours to serve: another scheme
 * or host, an undecodable path, a NUL byte, or a path that resolves outside the folder (`..%2f`,
 * `%5c..`, which `new URL` leaves encoded and so does not normalise away).
 */
export function resolveAppPath(rootDir: string, url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.hostname !== APP_HOST || u.port !== '' || u.username !== '')
    return null;
  let path: string;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  if (path === '/' || path === '') path = '/index.html';
  const root = resolve(rootDir);
  const file = resolve(root, `.${path.replaceAll('\\', '/')}`);
  return file.startsWith(root + sep) ? file : null;
}

export interface AppProtocolOptions {
  /** The built renderer (dist/renderer). */
  readonly rootDir: string;
  /** Injected for tests of read failures; node:fs/promises readFile by default. */
  readonly readFile?: (file: string) => Promise<Uint8Array>;
}

const headers = (contentType: string, cacheControl = NEVER_STORE): Record<string, string> => ({
  'content-type': contentType,
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': cacheControl,
});

const refuse = (status: 403 | 404 | 405, text: string) =>
  new Response(text, { status, headers: headers('text/plain; charset=utf-8') });

/** The handler for `protocol.handle('app', …)`. */
export function createAppProtocolHandler(
  options: AppProtocolOptions,
): (request: Request) => Promise<Response> {
  const readFile = options.readFile ?? fsReadFile;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Method not allowed');
    const file = resolveAppPath(options.rootDir, request.url);
    if (file === null) return refuse(403, 'Forbidden');
    let body: Uint8Array;
    try {
      body = await readFile(file);
    } catch {
      return refuse(404, 'Not found');
    }
    const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: headers(type, cacheControlFor(new URL(request.url).pathname)),
    });
  };
}

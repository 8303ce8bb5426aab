// Which URLs are the app's own. Pure functions over strings, so every rule has a unit test
// (the shape of Actual Budget's trusted-url.ts). Parsed with `new URL`, never matched by prefix
// alone (`app://loket.evil/`, `app://loket@evil/`), per Electron security checklist #13 and #17.

export const APP_SCHEME = 'app';
export const APP_HOST = 'loket';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export type WindowRole = 'kiosk' | 'desk';

/** The renderer's entry for a window: one page, the screen chosen by the hash route. */
export const windowUrl = (role: WindowRole): string => `${APP_ORIGIN}/index.html#/${role}`;

const parse = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

/** True for app://loket/… and nothing else: no user info, no port, no other host or scheme. */
export function isAppUrl(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  const u = parse(url);
  return (
    u !== null &&
    u.protocol === `${APP_SCHEME}:` &&
    u.hostname === APP_HOST &&
    u.port === '' &&
    u.username === '' &&
    u.password === '' &&
    url.startsWith(`${APP_ORIGIN}/`)
  );
}

/** The IPC sender check: the calling frame must still exist and show one of our pages. */
export function isTrustedSenderFrame(frame: { readonly url: string } | null | undefined): boolean {
  return frame != null && isAppUrl(frame.url);
}

// One caching rule for both hosts (Electron's app:// protocol and the loopback host). The build names
// every file under assets/ after a hash of its content, so a name never changes meaning: the browser
// may keep it for good, and Chromium then keeps the compiled code beside it (V8's code cache), which
// is what lets the kiosk start without compiling its scripts again. Everything else — the page that
// names the current assets, the calls, the event stream — is never stored.
const HASHED_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.(?:js|css|woff2?|ttf|svg|png|jpg|webp)$/;

export const IMMUTABLE = 'private, max-age=31536000, immutable';
export const NEVER_STORE = 'no-store';

/** The Cache-Control for a response to `pathname` (already decoded, starting with "/"). */
export const cacheControlFor = (pathname: string): string =>
  HASHED_ASSET.test(pathname) ? IMMUTABLE : NEVER_STORE;

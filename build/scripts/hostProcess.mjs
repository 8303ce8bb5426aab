// How the loopback host is launched, in one place for `npm start` (without Electron), `npm run
// start:web`, the e2e suite and the benches, so what is tested and measured is what runs.

/** The built host, relative to the project's folder. */
export const HOST_ENTRY = 'dist/host/server.mjs';

/**
 * Node's options for the host. The young generation is capped at 4 MB a semi-space (V8 grows it to
 * 16 MB by default): a kiosk's garbage is small, short-lived objects per call, so its scavenges stay
 * well under a millisecond either way, while the cap keeps about 20 MB off the host's memory
 * (bench/scanPainted.ts: 155 → 133 MB after the scans). V8 reads it only at start, hence a flag.
 */
export const HOST_NODE_OPTIONS = ['--max-semi-space-size=4'];

/** The arguments to give `node` to run the host at `entry` (default: HOST_ENTRY). */
export const hostArgs = (entry = HOST_ENTRY) => [...HOST_NODE_OPTIONS, entry];

// How the loopback host is launched, in one place for `npm start` (without Electron), `npm run
// start:web`, the e2e suite and the benches, so what is tested and measured is what runs.

/** The built host, relative to the project's folder. */
export const HOST_ENTRY = 'dist/host/server.mjs';

/**
 * Node's options for the host; V8 reads both only at start, hence flags.
 * - The young generation is capped at 4 MB a semi-space (V8 grows it to 16 MB by default): a
 *   kiosk's garbage is small, short-lived objects per call, so its scavenges stay well under a
 *   millisecond either way, while the cap keeps about 20 MB off the host's memory
 *   (bench/scanPainted.ts: 155 → 133 MB after the scans).
 * - No memory reducer: made for a browser tab gone quiet, it follows a busy spell (the start, a
 *   burst of scans) with up to three compacting full collections, and each held the only thread
 *   for 12-42 ms, the longest of the day simulation's stalls (bench/daySimulation.ts, 4 minutes:
 *   6-11 stalls over 16 ms with it, 1 without). The kiosk's heap stays small anyway (about 37 MB).
 */
export const HOST_NODE_OPTIONS = ['--max-semi-space-size=4', '--no-memory-reducer'];

/** The arguments to give `node` to run the host at `entry` (default: HOST_ENTRY). */
export const hostArgs = (entry = HOST_ENTRY) => [...HOST_NODE_OPTIONS, entry];

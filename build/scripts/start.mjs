// `npm start`: the Electron kiosk where Electron is installed; otherwise the same app from the
// loopback host, so the kiosk still opens in any Chromium.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { HOST_NODE_OPTIONS, hostArgs } from './hostProcess.mjs';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    // The electron package exports the path of its downloaded binary, and throws when it is missing.
    return require('electron');
  } catch {
    return null;
  }
}

// `--web` (npm run start:web): the loopback host even where Electron is installed.
const web = process.argv.includes('--web');
const binary = web ? null : electronBinary();
// Electron's main process runs the same core: it takes the host's V8 flags through --js-flags, the
// only way they reach a main process (they are read before any of our code runs).
const [command, args] = binary
  ? [binary, [`--js-flags=${HOST_NODE_OPTIONS.join(' ')}`, '.']]
  : [process.execPath, hostArgs()];
if (!binary && !web) {
  console.log(
    'The Electron runtime is not installed here, so Loket serves the same kiosk from a local web host and opens it in your browser.',
  );
}
// The web host opens the browser itself (its address carries a key it does not print), unless told
// to print the address instead (LOKET_PRINT_URL=1) or to open it some other way (LOKET_OPEN).
const env =
  binary || web || process.env.LOKET_PRINT_URL || process.env.LOKET_OPEN
    ? process.env
    : { ...process.env, LOKET_OPEN: 'browser' };
const child = spawn(command, args, { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));

// `npm start`: the Electron kiosk where Electron is installed; otherwise the same app from the
// loopback host, so the kiosk still opens in any Chromium.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    // The electron package exports the path of its downloaded binary, and throws when it is missing.
    return require('electron');
  } catch {
    return null;
  }
}

const binary = electronBinary();
const [command, args] = binary ? [binary, ['.']] : [process.execPath, ['dist/host/server.mjs']];
if (!binary) {
  console.log(
    'The Electron runtime is not installed here, so Loket is serving the same kiosk from a local web host instead: open the address below in Chromium.',
  );
}
const child = spawn(command, args, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));

// Opens the kiosk in a browser on this machine, so the address with its per-launch key goes to the
// browser and not into a terminal or a log (issue 8). A Linux kiosk uses Chromium in kiosk mode.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export type OpenMode = 'kiosk' | 'browser';

const CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The command that opens `url`, or null when this machine has none we know. */
export function browserCommand(
  url: string,
  mode: OpenMode,
  platform: NodeJS.Platform = process.platform,
  exists: (path: string) => boolean = existsSync,
): { command: string; args: string[] } | null {
  const chromium = CHROMIUMS.find(exists);
  if (mode === 'kiosk') {
    if (!chromium) return null;
    return {
      command: chromium,
      args: [
        '--kiosk',
        `--app=${url}`,
        '--no-first-run',
        '--disable-translate',
        '--disable-pinch',
        '--overscroll-history-navigation=0',
      ],
    };
  }
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] };
  if (platform === 'darwin') return { command: 'open', args: [url] };
  if (chromium) return { command: chromium, args: [`--app=${url}`, '--no-first-run'] };
  return { command: 'xdg-open', args: [url] };
}

/** Starts the browser detached from this process; false when there is none to start. */
export function openBrowser(url: string, mode: OpenMode): boolean {
  const found = browserCommand(url, mode);
  if (!found) return false;
  const child = spawn(found.command, found.args, { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
  return true;
}

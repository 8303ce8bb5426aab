import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The same folder Electron's app.getPath('userData') gives for an app named "Loket", so the kiosk
 * and the loopback host share one database. LOKET_DATA_DIR overrides it (tests, portable installs).
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.LOKET_DATA_DIR) return env.LOKET_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Loket');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Loket');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Loket');
}

// Keyboard input seen by main before the page (webContents 'before-input-event'): the one place a
// keyboard-wedge scanner can be heard without a focused text field, and where reload and DevTools
// shortcuts are stopped on a packaged kiosk.
import type { KeyInput } from '../../shared/scanning/keyInput';
import type { ElectronInput } from './electronTypes';

/** The injected port: returns true when the key belongs to a scan and must not reach the page. */
export type KeyInputPort = (key: KeyInput) => boolean;

/** Electron's Input plus a monotonic timestamp, which Input lacks; 'char' and other types are skipped. */
export function toKeyInput(input: ElectronInput, t: number): KeyInput | null {
  if (input.type !== 'keyDown' && input.type !== 'keyUp') return null;
  return {
    type: input.type,
    key: input.key,
    code: input.code,
    shift: input.shift,
    control: input.control,
    alt: input.alt,
    meta: input.meta,
    t,
  };
}

/**
 * Reload, hard reload, DevTools, view-source and zoom shortcuts. The application menu is removed,
 * which takes most of these away already; this stops the ones Chromium handles itself.
 */
export function isBlockedShortcut(input: ElectronInput): boolean {
  if (input.type !== 'keyDown') return false;
  const mod = input.control || input.meta;
  const key = input.key.toLowerCase();
  if (input.key === 'F5' || input.key === 'F12' || input.key === 'F11') return true;
  if (mod && input.shift && ['i', 'j', 'c'].includes(key)) return true; // DevTools
  if (mod && input.alt && key === 'i') return true; // DevTools on macOS
  if (mod && ['r', 'u', 'p', 's', 'o', '+', '=', '-', '0'].includes(key)) return true; // reload, source, print, save, open, zoom
  return false;
}

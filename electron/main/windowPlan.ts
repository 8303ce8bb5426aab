// Which windows to open on which displays. Pure: the displays and settings come in, a plan goes out.
// Two displays: the visitor kiosk on the touchscreen, the officer's desk on the other. One display:
// a single window that opens on the kiosk screen; the officer switches it to the desk behind the PIN
// in the renderer.
import type { Display, Rectangle } from './electronTypes';
import type { WindowRole } from './trustedUrl';

export interface DisplaySettings {
  /** Fullscreen kiosk mode for the visitor window ('display.kiosk'; default: packaged). */
  readonly kiosk: boolean;
  /** Pins the visitor window to a display ('display.visitorDisplayId') when touch detection fails. */
  readonly visitorDisplayId?: number;
}

export interface PlannedWindow {
  readonly role: WindowRole;
  readonly bounds: Rectangle;
  /** Kiosk lockdown (fullscreen, no frame, no leaving): the visitor's window only. */
  readonly kiosk: boolean;
}

export function planWindows(
  displays: readonly Display[],
  primary: Display,
  settings: DisplaySettings,
): PlannedWindow[] {
  const pinned = displays.find((d) => d.id === settings.visitorDisplayId);
  const touch = displays.find((d) => d.touchSupport === 'available');
  if (displays.length < 2) {
    return [{ role: 'kiosk', bounds: (pinned ?? displays[0] ?? primary).bounds, kiosk: settings.kiosk }];
  }
  // Without a touch flag or a setting, the visitor faces the non-primary screen: the primary is the
  // one the officer's PC started on.
  const visitor = pinned ?? touch ?? displays.find((d) => d.id !== primary.id) ?? primary;
  const desk = displays.find((d) => d.id !== visitor.id) ?? primary;
  return [
    { role: 'kiosk', bounds: visitor.bounds, kiosk: settings.kiosk },
    // The officer's own screen stays an ordinary window: they also use the PC for other work.
    { role: 'desk', bounds: desk.bounds, kiosk: false },
  ];
}

// Denies every web permission (Electron security checklist #5). The kiosk needs no camera,
// microphone, geolocation, notifications, clipboard reads or WebHID/WebSerial/WebUSB: scanners and
// printers are reached from main, never from the page (https://www.electronjs.org/docs/latest/tutorial/devices).
import type { Session } from './electronTypes';

export function hardenSession(session: Session, onDenied: (permission: string) => void = () => {}): void {
  // Requests (getUserMedia, Notification.requestPermission, …) are answered no.
  session.setPermissionRequestHandler((_webContents, permission, callback) => {
    onDenied(permission);
    callback(false);
  });
  // Checks (navigator.permissions.query, …) report not granted, so the page never thinks it has one.
  session.setPermissionCheckHandler(() => false);
  // Device access (WebHID, WebSerial, WebUSB) is refused outright.
  session.setDevicePermissionHandler(() => false);
}

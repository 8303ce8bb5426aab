// Where visitors' phones reach the central portal: the public address the server gave at enrolment
// (a kiosk may sync over a LAN address no phone can reach), else the address the kiosk joined with;
// null while the kiosk has not joined a server (no portal, so no QR for a phone).
import type { Db } from '../../db/openDatabase';
import { prepared } from '../../db/statements';

const PORTAL = 'SELECT coalesce(public_url, server_url) FROM sync_state WHERE id = 1';

export function portalAddress(db: Db): string | null {
  const url = prepared(db, PORTAL).pluck().get() as string | undefined;
  return url ? url.replace(/\/+$/, '') : null;
}

// Operations the server refused, newest first, with the kiosk that sent them: what the site's admin
// follows up (the kiosk that sent one shows it too, under Pengaturan › Server pusat).
import type { Kysely } from 'kysely';
import type { ServerDb } from '../db/schema';

export interface RejectedOp {
  readonly opId: string;
  readonly receivedAt: number;
  readonly deviceTime: number;
  readonly kioskName: string;
  readonly opType: string;
  readonly code: string | null;
  readonly detail: Record<string, unknown> | null;
}

export async function rejectedOps(db: Kysely<ServerDb>, siteId: string, limit = 200): Promise<RejectedOp[]> {
  const rows = await db
    .selectFrom('processed_ops as p')
    .innerJoin('devices as d', 'd.id', 'p.device_id')
    .select(['p.op_id', 'p.received_at', 'p.device_time', 'd.name', 'p.op_type', 'p.code', 'p.detail'])
    .where('p.site_id', '=', siteId)
    .where('p.status', '=', 'rejected')
    .orderBy('p.received_at', 'desc')
    .orderBy('p.seq', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    opId: r.op_id,
    receivedAt: r.received_at,
    deviceTime: r.device_time,
    kioskName: r.name,
    opType: r.op_type,
    code: r.code,
    detail: r.detail,
  }));
}

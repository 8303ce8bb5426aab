// the 15 service standards of decree 18/2024 in the sync workloads: the desk-day, the fault harness's action and its checker.
// Corrections are last-writer-wins per service, field and language: the fault actions of several
// kiosks aim at a few shared keys on purpose, so they collide, and the checker asks that every kiosk
// ends with the server's text and that the server's text is the last one it received.
import type { Kysely } from 'kysely';
import type { ServerDb } from '../../../server/db/schema';
import { correctionId } from '../../../shared/contract/standards';
import { serviceIds } from '../../../shared/serviceStandards/serviceIds';
import { unwrap } from '../deskDay';
import type { DomainWorkload } from './index';

/** The few fields the fault actions correct, so two kiosks often correct the same one. */
const faultFields = ['requirements', 'serviceTime', 'product'] as const;

export const standardsWorkload: DomainWorkload = {
  deskDay: async (desk, _core, clock) => {
    unwrap(
      await desk.officerCall('standards.entry.correct', {
        serviceId: 'hosting-domain',
        field: 'product',
        lang: 'id',
        text: 'Layanan hosting dan domain',
      }),
    );
    clock.advance(60_000);
    unwrap(
      await desk.officerCall('standards.entry.correct', {
        serviceId: 'guest',
        field: 'evaluation',
        lang: 'en',
        text: 'Public satisfaction survey\nNumber of complaints received',
      }),
    );
    clock.advance(60_000);
    unwrap(
      await desk.officerCall('standards.entry.reset', {
        serviceId: 'guest',
        field: 'evaluation',
        lang: 'en',
      }),
    );
  },

  faultAction: async (desk, _core, n) => {
    const key = {
      serviceId: serviceIds[n % 3]!,
      field: faultFields[Math.floor(n / 3) % faultFields.length]!,
      lang: n % 2 === 0 ? ('id' as const) : ('en' as const),
    };
    // One action in five puts the decree's text back; the others write a text naming the action.
    const r =
      n % 5 === 4
        ? await desk.officerCall('standards.entry.reset', key)
        : await desk.officerCall('standards.entry.correct', { ...key, text: `Koreksi ${n}` });
    unwrap(r);
  },

  check: async (db, siteId, kiosks) => {
    const v: string[] = [];
    const server = await serverCorrections(db, siteId);
    const made = new Set<string>();
    for (const [i, k] of kiosks.entries()) {
      for (const id of k.db
        .prepare("SELECT entity_id FROM outbox WHERE op_type = 'standards.entryCorrected'")
        .pluck()
        .all() as string[])
        made.add(id);
      const rows = k.db
        .prepare('SELECT service_id, field, lang, text FROM service_standard_corrections ORDER BY 1, 2, 3')
        .all() as { service_id: string; field: string; lang: string; text: string | null }[];
      const local = new Map(
        rows.map((r) => [correctionId({ serviceId: r.service_id, field: r.field, lang: r.lang }), r.text]),
      );
      for (const [id, text] of server)
        if (!local.has(id) || local.get(id) !== text)
          v.push(
            `kiosk ${i}: correction ${id} reads ${JSON.stringify(local.get(id))}, the server's ${JSON.stringify(text)}`,
          );
      for (const id of local.keys())
        if (!server.has(id)) v.push(`kiosk ${i}: correction ${id} that the server does not have`);
    }
    for (const id of made)
      if (!server.has(id)) v.push(`correction ${id} made at a kiosk, absent on the server (lost)`);
    for (const id of server.keys())
      if (!made.has(id)) v.push(`correction ${id} on the server that no kiosk made (unexpected)`);

    // Last writer wins: the server's text is the text of the last operation it received for the
    // key (of those received at the same server instant, any one).
    const ops = await db
      .selectFrom('processed_ops')
      .select(['entity_id', 'payload', 'received_at'])
      .where('site_id', '=', siteId)
      .where('op_type', '=', 'standards.entryCorrected')
      .where('status', '<>', 'rejected')
      .execute();
    const latest = new Map<string, { at: number; texts: Set<string | null> }>();
    for (const op of ops) {
      const text = (op.payload as { text: string | null }).text;
      const at = Number(op.received_at);
      const seen = latest.get(op.entity_id);
      if (!seen || at > seen.at) latest.set(op.entity_id, { at, texts: new Set([text]) });
      else if (at === seen.at) seen.texts.add(text);
    }
    for (const [id, { texts }] of latest)
      if (server.has(id) && !texts.has(server.get(id)!))
        v.push(`correction ${id} on the server is not the last one it received`);
    return v;
  },
};

async function serverCorrections(db: Kysely<ServerDb>, siteId: string): Promise<Map<string, string | null>> {
  const rows = await db
    .selectFrom('records')
    .select(['entity_id', 'data'])
    .where('site_id', '=', siteId)
    .where('entity_type', '=', 'serviceStandard')
    .execute();
  return new Map(rows.map((r) => [r.entity_id, (r.data as { text: string | null }).text]));
}

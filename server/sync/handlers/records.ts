// Site settings, desks, lockers, the office's identity, officers and roles: one JSON document per
// record, the last change received wins (conflictRules.ts); an officer is created once under its id.
import { applied, merged, rejected, type Handler, type OpContext, type Verdict } from './context';

type Doc = Record<string, unknown>;

async function readRecord(ctx: OpContext, type: string, id: string) {
  return ctx.tx
    .selectFrom('records')
    .select(['data', 'version'])
    .where('site_id', '=', ctx.siteId)
    .where('entity_type', '=', type)
    .where('entity_id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** A record's document, locked for the rest of the transaction (undefined when there is none). */
export async function readRecordData<T>(ctx: OpContext, type: string, id: string): Promise<T | undefined> {
  return (await readRecord(ctx, type, id))?.data as T | undefined;
}

/** Writes a record's whole new document (last writer wins) and publishes it. */
export async function writeRecord(ctx: OpContext, type: string, id: string, data: Doc): Promise<Verdict> {
  const current = await readRecord(ctx, type, id);
  if (current && JSON.stringify(current.data) === JSON.stringify(data)) return merged('unchanged');
  const version = (current?.version ?? 0) + 1;
  await ctx.tx
    .insertInto('records')
    .values({
      site_id: ctx.siteId,
      entity_type: type,
      entity_id: id,
      data: JSON.stringify(data),
      version,
      updated_at: ctx.now,
    })
    .onConflict((oc) =>
      oc
        .columns(['site_id', 'entity_type', 'entity_id'])
        .doUpdateSet({ data: JSON.stringify(data), version, updated_at: ctx.now }),
    )
    .execute();
  ctx.publish({ entityType: type, entityId: id, version, row: data });
  return applied();
}

/** A handler that stores the payload whole as the record (type, id). */
const whole =
  <T extends Doc>(type: string, id: (p: T) => string) =>
  (ctx: OpContext, payload: T): Promise<Verdict> =>
    writeRecord(ctx, type, id(payload), payload);

/** A handler that changes some fields of an existing officer. */
const officerFields =
  <T extends { id: string }>(fields: (p: T) => Doc) =>
  async (ctx: OpContext, p: T): Promise<Verdict> => {
    const current = await readRecord(ctx, 'officer', p.id);
    if (!current) return rejected('unknown_officer');
    return writeRecord(ctx, 'officer', p.id, { ...current.data, ...fields(p) });
  };

export const desksReplaced: Handler<'desks.replaced'> = whole('desks', () => 'all');
export const lockersReplaced: Handler<'lockers.replaced'> = whole('lockers', () => 'all');
export const floorPlanSaved: Handler<'floorPlan.saved'> = whole('settings', () => 'floorPlan');
export const rulesUpdated: Handler<'settings.rulesUpdated'> = whole('settings', () => 'rules');
export const securityUpdated: Handler<'settings.securityUpdated'> = whole('settings', () => 'security');
export const privacyUpdated: Handler<'settings.privacyUpdated'> = whole('settings', () => 'privacy');
export const houseRulesUpdated: Handler<'settings.houseRulesUpdated'> = whole('settings', () => 'houseRules');
export const documentsUpdated: Handler<'settings.documentsUpdated'> = whole('settings', () => 'documents');
export const siteUpdated: Handler<'site.updated'> = whole('site', () => 'identity');
export const roleSaved: Handler<'role.saved'> = whole('role', (p) => p.id);

export const officerCreated: Handler<'officer.created'> = async (ctx, p) => {
  if (await readRecord(ctx, 'officer', p.id)) return merged('already_created');
  return writeRecord(ctx, 'officer', p.id, p);
};
export const officerUpdated: Handler<'officer.updated'> = officerFields((p) => ({ ...p }));
export const officerActiveChanged: Handler<'officer.activeChanged'> = officerFields((p) => ({
  active: p.active,
}));
export const officerPinChanged: Handler<'officer.pinChanged'> = officerFields((p) => ({
  pin: p.pin,
  mustChangePin: p.mustChangePin,
}));

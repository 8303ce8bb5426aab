// The sync shape: every operation type the kiosk can write has a payload schema and a conflict rule,
// and what the commands really write to the outbox matches them.
import { afterEach, describe, expect, it } from 'vitest';
import {
  conflictRules,
  earliestCheckIn,
  movesForward,
  reservationOrder,
  visitOrder,
} from '../../../shared/sync/conflictRules';
import { outboxOperationSchema } from '../../../shared/sync/operation';
import { operations, operationTypes } from '../../../shared/sync/operations';
import { makeTestCore, type TestCore } from '../../support/testCore';
import { runDeskDayWorkload } from '../../support/syncWorkload';

interface OutboxRow {
  seq: number;
  op_id: string;
  device_id: string;
  op_type: string;
  schema_version: number;
  entity_type: string;
  entity_id: string;
  actor: string;
  payload: string;
  created_at: number;
}

describe('the operation registry', () => {
  it('gives every operation type a versioned payload schema and a conflict rule, and nothing else', () => {
    expect(Object.keys(conflictRules).sort()).toEqual([...operationTypes].sort());
    for (const type of operationTypes) {
      expect(operations[type].version, type).toBeGreaterThanOrEqual(1);
      expect(conflictRules[type].clauses.length, type).toBeGreaterThan(0);
      expect(conflictRules[type].summary.length, type).toBeGreaterThan(20);
    }
  });
});

describe('what the commands write to the outbox', () => {
  let t: TestCore;
  afterEach(() => t.core.close());

  it('a desk day writes every operation type, each matching its schema, in a gap-free sequence', async () => {
    t = await makeTestCore();
    await runDeskDayWorkload(t.core, t.clock);
    const rows = t.core.db.prepare('SELECT * FROM outbox ORDER BY seq').all() as OutboxRow[];

    // Every type the code can write appears (the workload is where each new type earns its place).
    expect(new Set(rows.map((r) => r.op_type))).toEqual(new Set(operationTypes));
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    expect(new Set(rows.map((r) => r.op_id)).size).toBe(rows.length);
    for (const row of rows) {
      const envelope = outboxOperationSchema.parse({
        seq: row.seq,
        opId: row.op_id,
        deviceId: row.device_id,
        type: row.op_type,
        schemaVersion: row.schema_version,
        entityType: row.entity_type,
        entityId: row.entity_id,
        actor: row.actor,
        payload: JSON.parse(row.payload),
        createdAt: row.created_at,
      });
      const spec = operations[envelope.type as keyof typeof operations];
      expect(envelope.deviceId).toBe(t.core.deps.deviceId);
      expect(envelope.schemaVersion).toBe(spec.version);
      expect(envelope.entityType).toBe(spec.entity);
      const payload = spec.payload.parse(envelope.payload);
      expect(envelope.entityId).toBe((spec.entityId as (p: unknown) => string)(payload));
    }
    // Who did it travels with the operation: the kiosk for scans, the officer for the desk's commands.
    expect(rows.find((r) => r.op_type === 'visit.started')?.actor).toBe('kiosk');
    expect(rows.find((r) => r.op_type === 'reservation.cancelled')?.actor).toMatch(/^officer:/);
    expect(rows.find((r) => r.op_type === 'reservation.noShow')?.actor).toBe('system');
  });

  it('a command whose payload breaks its schema writes nothing at all', async () => {
    t = await makeTestCore();
    const { runCommand } = await import('../../../electron/services/core/command');
    const count = (table: string) => t.core.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    const before = { audit: count('audit_log'), outbox: count('outbox') };
    expect(() =>
      runCommand(t.core.deps, 'system', 'test.bad', () => ({
        value: undefined,
        audit: { entity: 'test', entityId: 'x' },
        // A payload the compiler would refuse, as a bug in a future command might still produce.
        ops: [
          { type: 'reservation.cancelled', payload: { id: 42 } as unknown as { id: string; reason: string } },
        ],
        topics: [],
      })),
    ).toThrow(/does not match its payload schema/);
    expect({ audit: count('audit_log'), outbox: count('outbox') }).toEqual(before);
  });
});

describe('conflict rules', () => {
  it('lets a reservation move forward only, and a visitor in the house beat a cancellation', () => {
    expect(movesForward(reservationOrder, 'booked', 'checked_in')).toBe(true);
    expect(movesForward(reservationOrder, 'checked_in', 'completed')).toBe(true);
    expect(movesForward(reservationOrder, 'completed', 'checked_in')).toBe(false);
    expect(movesForward(reservationOrder, 'checked_in', 'cancelled')).toBe(false);
    expect(movesForward(reservationOrder, 'booked', 'cancelled')).toBe(true);
    expect(movesForward(reservationOrder, 'booked', 'no_show')).toBe(true);
    // A check-in made offline on another kiosk outranks the officer's cancellation or a no-show.
    expect(movesForward(reservationOrder, 'cancelled', 'checked_in')).toBe(true);
    expect(movesForward(reservationOrder, 'no_show', 'checked_in')).toBe(true);
    expect(movesForward(reservationOrder, 'no_show', 'cancelled')).toBe(false);
  });

  it('closes a visit once', () => {
    expect(movesForward(visitOrder, 'open', 'awaiting_check')).toBe(true);
    expect(movesForward(visitOrder, 'awaiting_check', 'closed')).toBe(true);
    expect(movesForward(visitOrder, 'closed', 'closed')).toBe(false);
    expect(movesForward(visitOrder, 'closed', 'awaiting_check')).toBe(false);
  });

  it('keeps the earliest of two check-ins whichever arrives first', () => {
    const a = { id: 'a', startedAt: 1000 };
    const b = { id: 'b', startedAt: 2000 };
    expect(earliestCheckIn(a, b)).toBe(a);
    expect(earliestCheckIn(b, a)).toBe(a);
    const tie = { id: 'c', startedAt: 1000 };
    expect(earliestCheckIn(a, tie)).toBe(earliestCheckIn(tie, a));
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainTimeline } from '../../../shared/requests/chainTimeline';
import { defaultRequestSettings, singkawangRequestSettings } from '../../../shared/requests/requestSettings';
import { serviceMinutesBetween } from '../../../shared/requests/serviceMinutes';
import { defaultServiceCalendar } from '../../../shared/rules/siteCalendar';
import { BASE_DAY, calendarArb, MINUTE, wib, wibMidnight } from './support';

const cal = defaultServiceCalendar;
const pontive = defaultRequestSettings.types.find((t) => t.id === 'room_loan')!.chain;
const tcm = singkawangRequestSettings.types[0]!.chain;

const view = (steps: ReturnType<typeof chainTimeline>) =>
  steps.map((s) => ({ step: s.stepId, state: s.state, overdue: s.overdue, late: s.overdueMinutes }));

describe('the disposition chain by hand', () => {
  it('dues a letter registered at 15:40 at 07:10 the next service day, and flags it late at 07:30', () => {
    const steps = chainTimeline(pontive, [], wib('2026-12-03T15:40'), wib('2026-12-04T07:30'), cal);
    expect(steps[0]).toEqual({
      stepId: 'registry',
      title: 'Sekretariat (surat masuk)',
      roleId: 'sekretariat',
      standardMinutes: 15,
      dueAt: wib('2026-12-04T07:10'),
      doneAt: null,
      state: 'current',
      overdue: true,
      overdueMinutes: 20,
    });
    // The steps still waiting are projected from now (the late step done now at the earliest), never late.
    expect(steps.slice(1).map((s) => [s.state, s.overdue, s.dueAt])).toEqual([
      ['waiting', false, wib('2026-12-04T07:45')],
      ['waiting', false, wib('2026-12-04T08:00')],
      ['waiting', false, wib('2026-12-04T08:15')],
      ['waiting', false, wib('2026-12-04T08:30')],
    ]);
  });

  it('counts each step from the one before it was done, and flags the late ones', () => {
    const done = [
      { stepId: 'registry', at: wib('2026-12-03T15:50') }, // due Friday 07:10: early
      { stepId: 'head', at: wib('2026-12-04T08:00') }, // due 07:15 (5 minutes Thursday, 10 Friday): 45 late
    ];
    const steps = chainTimeline(pontive, done, wib('2026-12-03T15:40'), wib('2026-12-04T08:20'), cal);
    expect(steps.map((s) => s.dueAt).slice(0, 3)).toEqual([
      wib('2026-12-04T07:10'),
      wib('2026-12-04T07:15'),
      wib('2026-12-04T08:15'),
    ]);
    expect(view(steps)).toEqual([
      { step: 'registry', state: 'done', overdue: false, late: 0 },
      { step: 'head', state: 'done', overdue: true, late: 45 },
      { step: 'division', state: 'current', overdue: true, late: 5 },
      { step: 'section', state: 'waiting', overdue: false, late: 0 },
      { step: 'admin', state: 'waiting', overdue: false, late: 0 },
    ]);
  });

  it('times the Singkawang chain 5/5/30/30/30 and finishes with no current step', () => {
    const start = wib('2026-12-07T09:00');
    const done = [
      { stepId: 'registry', at: start + 4 * MINUTE },
      { stepId: 'head', at: start + 9 * MINUTE },
      { stepId: 'division', at: start + 40 * MINUTE },
      { stepId: 'subcoordinator', at: start + 70 * MINUTE },
      { stepId: 'room_team', at: start + 101 * MINUTE },
    ];
    const steps = chainTimeline(tcm, done, start, start + 200 * MINUTE, cal);
    expect(steps.map((s) => (s.dueAt - start) / MINUTE)).toEqual([5, 4 + 5, 9 + 30, 40 + 30, 70 + 30]);
    expect(view(steps).map((s) => [s.state, s.overdue, s.late])).toEqual([
      ['done', false, 0],
      ['done', false, 0],
      ['done', true, 1],
      ['done', false, 0],
      ['done', true, 1],
    ]);
  });

  it('shows a step synced before its predecessor as done, and keeps the predecessor current', () => {
    const start = wib('2026-12-07T09:00');
    const done = [
      { stepId: 'registry', at: start + 10 * MINUTE },
      { stepId: 'division', at: start + 20 * MINUTE },
      { stepId: 'registry', at: start + 5 * MINUTE }, // recorded twice: the first counts
      { stepId: 'unknown', at: start },
    ];
    const steps = chainTimeline(pontive, done, start, start + 25 * MINUTE, cal);
    expect(steps.map((s) => s.state)).toEqual(['done', 'current', 'done', 'waiting', 'waiting']);
    expect(steps[0]!.doneAt).toBe(start + 5 * MINUTE);
    expect(steps[1]).toMatchObject({ dueAt: start + 20 * MINUTE, overdue: true, overdueMinutes: 5 });
    expect(steps[3]!.overdue).toBe(false);
  });

  it('shows overdue outside service hours without counting the closed time', () => {
    // Due 15:45 on Thursday, not done by Friday 07:20: 20 service minutes late, not 15 hours.
    const steps = chainTimeline(pontive, [], wib('2026-12-03T15:30'), wib('2026-12-04T07:20'), cal);
    expect(steps[0]).toMatchObject({ dueAt: wib('2026-12-03T15:45'), overdue: true, overdueMinutes: 20 });
  });
});

describe('the chain over random calendars', () => {
  it('dues each step its standard service minutes after the step before, done in order', () => {
    fc.assert(
      fc.property(
        calendarArb,
        fc.integer({ min: 0, max: 40 * 1440 }),
        fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 5, maxLength: 5 }),
        fc.integer({ min: 0, max: 3000 }),
        (c, startMinute, gaps, standards, nowAfter) => {
          const chain = tcm.map((s, i) => ({ ...s, standardMinutes: standards[i]! }));
          const startedAt = wibMidnight(BASE_DAY) + startMinute * MINUTE;
          let at = startedAt;
          const done = gaps.map((g, i) => ({ stepId: chain[i]!.id, at: (at += g * MINUTE) }));
          const now = at + nowAfter * MINUTE;
          const steps = chainTimeline(chain, done, startedAt, now, c);
          let from = startedAt;
          steps.forEach((s, i) => {
            if (s.state === 'waiting') {
              expect(s.overdue).toBe(false);
              return;
            }
            expect(serviceMinutesBetween(from, s.dueAt, c)).toBe(chain[i]!.standardMinutes);
            const end = s.doneAt ?? now;
            expect(s.overdue).toBe(end > s.dueAt);
            expect(s.overdueMinutes).toBe(s.overdue ? Math.ceil(serviceMinutesBetween(s.dueAt, end, c)) : 0);
            if (s.doneAt !== null) from = s.doneAt;
          });
          expect(steps.filter((s) => s.state === 'current').length).toBe(gaps.length < chain.length ? 1 : 0);
          expect(steps.filter((s) => s.state === 'done').length).toBe(gaps.length);
        },
      ),
      { numRuns: 150 },
    );
  });
});

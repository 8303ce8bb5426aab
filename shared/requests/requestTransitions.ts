// Each operation of a request as a pure step from one record to the next, run the same way by the
// kiosk's commands (before writing) and by the server's handlers (on every push), so both keep the
// same record. The rules of shared/sync/domainRules/requests.ts, in code: a chain step is recorded
// once (the first received stands), tasks likewise; a decision only moves forward (a request
// rejected or cancelled stays so); the schedule and the activity report are the latest written.
import type { RequestIntake } from './intake';
import type {
  ActivityReport,
  Decision,
  OfficerRef,
  RequestRecord,
  Schedule,
  StepEntry,
  TaskEntry,
} from './requestRecord';

export type RequestOutcome =
  | { readonly kind: 'applied'; readonly record: RequestRecord }
  | { readonly kind: 'merged'; readonly code: string }
  | { readonly kind: 'rejected'; readonly code: string };

export interface FiledPayload {
  readonly id: string;
  readonly reference: string;
  readonly intake: RequestIntake;
  readonly kind: 'room' | 'application';
  readonly source: 'desk' | 'portal';
  readonly enteredAt: number;
  readonly enteredBy: OfficerRef | null;
  readonly attendanceToken: string;
  readonly statusTokenHash: string | null;
}

export function recordFromFiled(p: FiledPayload): RequestRecord {
  return { ...p, steps: [], schedule: null, decision: null, tasks: [], report: null };
}

const applied = (record: RequestRecord): RequestOutcome => ({ kind: 'applied', record });

/** A request rejected or cancelled takes nothing more; an accepted application takes no schedule. */
function closed(r: RequestRecord): RequestOutcome | null {
  if (r.decision && r.decision.outcome !== 'accepted')
    return { kind: 'rejected', code: `request_${r.decision.outcome}` };
  return null;
}

export function applyStepDone(r: RequestRecord, p: StepEntry): RequestOutcome {
  // Once per step: the same step recorded from two desks keeps the first.
  if (r.steps.some((s) => s.stepId === p.stepId)) return { kind: 'merged', code: 'step_already_done' };
  return closed(r) ?? applied({ ...r, steps: [...r.steps, p] });
}

export function applyScheduled(r: RequestRecord, p: Schedule): RequestOutcome {
  if (r.kind !== 'room') return { kind: 'rejected', code: 'not_a_room_request' };
  if (r.report) return { kind: 'rejected', code: 'request_done' };
  // The latest schedule written stands (a slot agreed again replaces the one before).
  if (r.schedule && r.schedule.at > p.at) return { kind: 'merged', code: 'newer_schedule_kept' };
  return closed(r) ?? applied({ ...r, schedule: p });
}

export function applyDecided(r: RequestRecord, p: Decision): RequestOutcome {
  if (r.decision) {
    if (r.decision.outcome === p.outcome && r.decision.at === p.at)
      return { kind: 'merged', code: 'already_decided' };
    // Forward only: an accepted application may still be cancelled; nothing leaves rejected or cancelled.
    if (!(r.decision.outcome === 'accepted' && p.outcome === 'cancelled'))
      return { kind: 'rejected', code: `request_${r.decision.outcome}` };
  }
  if (p.outcome === 'accepted' && r.kind !== 'application')
    return { kind: 'rejected', code: 'not_an_application' };
  if (r.report && p.outcome !== 'accepted') return { kind: 'rejected', code: 'request_done' };
  return applied({ ...r, decision: p });
}

export function applyTaskDone(r: RequestRecord, p: TaskEntry): RequestOutcome {
  if (r.tasks.some((t) => t.task === p.task)) return { kind: 'merged', code: 'task_already_done' };
  return closed(r) ?? applied({ ...r, tasks: [...r.tasks, p] });
}

/**
 * The requester's contact (name, phone, e-mail) erased once the site's retention period has passed
 * (UU 27/2022): final, like a visitor's erasure; the office, the letter and what happened stay, as the
 * office's own records.
 */
export function applyContactErased(r: RequestRecord): RequestOutcome {
  const { contactName, contactPhone, contactEmail } = r.intake;
  if (!contactName && !contactPhone && !contactEmail) return { kind: 'merged', code: 'already_erased' };
  return applied({ ...r, intake: { ...r.intake, contactName: '', contactPhone: '', contactEmail: '' } });
}

export function applyReported(r: RequestRecord, p: ActivityReport): RequestOutcome {
  if (!r.schedule) return { kind: 'rejected', code: 'request_not_scheduled' };
  if (r.report && r.report.at > p.at) return { kind: 'merged', code: 'newer_report_kept' };
  return closed(r) ?? applied({ ...r, report: p });
}

// The portal's request form as posted: what the requester typed (kept to show the form again, nothing
// lost) and the intake it makes. The intake schema and the shared rules judge it; a field the schema
// refuses is reported with the schema's message and left out (as empty) of the rules' check, so every
// problem of the form is listed at once.
import {
  requestIntakeSchema,
  type RequestIntake,
  type RequestIntakeInput,
} from '../../../shared/requests/intake';
import type { LetterFileRef } from '../../../shared/files';
import type { FormFieldId } from './requestsPortalText';

/** The form's text inputs by name, as typed. */
export interface RequestFormValues {
  readonly office: string;
  readonly contactName: string;
  readonly contactPhone: string;
  readonly contactEmail: string;
  readonly subject: string;
  readonly letterNumber: string;
  readonly letterDate: string;
  readonly roomId: string;
  readonly day: string;
  readonly start: string;
  readonly end: string;
  readonly participants: string;
  readonly layout: string;
  readonly equipment: string;
  readonly application: string;
  readonly testDay: string;
  readonly testTime: string;
  readonly noBuffet: boolean;
  readonly notes: string;
}

export const emptyValues: RequestFormValues = {
  office: '',
  contactName: '',
  contactPhone: '',
  contactEmail: '',
  subject: '',
  letterNumber: '',
  letterDate: '',
  roomId: '',
  day: '',
  start: '',
  end: '',
  participants: '',
  layout: '',
  equipment: '',
  application: '',
  testDay: '',
  testTime: '',
  noBuffet: false,
  notes: '',
};

type TextName = Exclude<keyof RequestFormValues, 'noBuffet'>;
const textNames = Object.keys(emptyValues).filter((k) => k !== 'noBuffet') as TextName[];

/** The values of a parsed body (strings only; a file or a repeated field counts as not typed). */
export function valuesOf(body: Record<string, unknown>): RequestFormValues {
  const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
  const values = Object.fromEntries(textNames.map((n) => [n, text(n)])) as Record<TextName, string>;
  return { ...values, noBuffet: text('noBuffet') === 'yes' };
}

/** Which form inputs make up each field the rules and the schema name. */
const inputsOf: Readonly<Partial<Record<FormFieldId, readonly TextName[]>>> = {
  office: ['office'],
  contactName: ['contactName'],
  contactPhone: ['contactPhone'],
  contactEmail: ['contactEmail'],
  subject: ['subject'],
  letterNumber: ['letterNumber'],
  letterDate: ['letterDate'],
  room: ['roomId'],
  day: ['day'],
  time: ['start', 'end'],
  participants: ['participants'],
  layout: ['layout'],
  equipment: ['equipment'],
  application: ['application'],
  connectionTest: ['testDay', 'testTime'],
  notes: ['notes'],
};

/** The field of a schema issue's path (['event', 'start'] is the time, ['letter', 'date'] the letter's date). */
export function fieldOfPath(path: readonly PropertyKey[]): FormFieldId {
  const [head, next] = path.map(String);
  if (head === 'letter')
    return next === 'date'
      ? 'letterDate'
      : next === 'file'
        ? 'letterFile'
        : next === 'receivedOn'
          ? 'letterReceivedOn'
          : 'letterNumber';
  if (head === 'event') {
    if (next === 'roomId') return 'room';
    if (next === 'start' || next === 'end') return 'time';
    if (
      next === 'day' ||
      next === 'participants' ||
      next === 'layout' ||
      next === 'equipment' ||
      next === 'application'
    )
      return next;
    return 'connectionTest';
  }
  if (head === 'noBuffet' || head === 'notes' || head === 'office' || head === 'contactName') return head;
  if (head === 'contactPhone' || head === 'contactEmail' || head === 'subject') return head;
  return 'office';
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

export interface IntakeContext {
  readonly typeId: string;
  readonly kind: 'room' | 'application';
  /** The day the portal received the letter: today in the site's zone. */
  readonly receivedOn: string;
  readonly file: LetterFileRef | null;
}

/** Form-level problems the schema cannot see (a number that is not one, half a connection test). */
function ownProblems(
  v: RequestFormValues,
  kind: IntakeContext['kind'],
): Partial<Record<FormFieldId, string>> {
  const problems: Partial<Record<FormFieldId, string>> = {};
  if (kind !== 'room') return problems;
  if (v.participants.trim() !== '' && !/^\d{1,5}$/.test(v.participants.trim()))
    problems.participants = 'errors.requests.participantsInvalid';
  if ((v.testDay.trim() === '') !== (v.testTime.trim() === ''))
    problems.connectionTest = 'errors.requests.connectionTestIncomplete';
  return problems;
}

function intakeInput(v: RequestFormValues, ctx: IntakeContext): RequestIntakeInput {
  const room = ctx.kind === 'room';
  const participants = v.participants.trim();
  return {
    typeId: ctx.typeId,
    office: v.office,
    contactName: v.contactName,
    contactPhone: v.contactPhone,
    contactEmail: v.contactEmail,
    subject: v.subject,
    letter: {
      number: v.letterNumber,
      date: orNull(v.letterDate),
      receivedOn: ctx.receivedOn,
      via: 'portal',
      file: ctx.file,
    },
    event: room
      ? {
          roomId: orNull(v.roomId),
          day: orNull(v.day),
          start: orNull(v.start),
          end: orNull(v.end),
          participants: /^\d{1,5}$/.test(participants) ? Number(participants) : null,
          layout: v.layout,
          equipment: v.equipment
            .split(/[,\n;]/)
            .map((s) => s.trim())
            .filter((s) => s !== ''),
          application: v.application,
          connectionTest:
            v.testDay.trim() !== '' && v.testTime.trim() !== ''
              ? { day: v.testDay.trim(), time: v.testTime.trim() }
              : null,
        }
      : {},
    noBuffet: v.noBuffet,
    notes: v.notes,
  };
}

export interface ReadIntake {
  /** The intake the rules check: fields the schema refused are left empty. */
  readonly intake: RequestIntake;
  /** Field → message key, for the fields the schema (or the form itself) refused. */
  readonly problems: Partial<Record<FormFieldId, string>>;
}

/** The intake of the posted values, with the fields the schema or the form refused. */
export function readIntake(values: RequestFormValues, ctx: IntakeContext): ReadIntake {
  const problems = ownProblems(values, ctx.kind);
  let cleared: RequestFormValues = values;
  const clear = (field: FormFieldId) => {
    const inputs = inputsOf[field] ?? [];
    cleared = { ...cleared, ...Object.fromEntries(inputs.map((n) => [n, ''])) };
  };
  for (const field of Object.keys(problems) as FormFieldId[]) clear(field);
  for (let attempt = 0; attempt < 4; attempt++) {
    const parsed = requestIntakeSchema.safeParse(intakeInput(cleared, ctx));
    if (parsed.success) return { intake: parsed.data, problems };
    for (const issue of parsed.error.issues) {
      const field = fieldOfPath(issue.path);
      problems[field] ??= issue.message;
      clear(field);
    }
  }
  // Every input cleared and still refused: only the type itself can be wrong.
  const parsed = requestIntakeSchema.parse(intakeInput(emptyValues, { ...ctx, file: null }));
  return {
    intake: parsed,
    problems: { ...problems, office: problems.office ?? 'errors.requests.typeUnknown' },
  };
}

// The first-run form (issue 8) as the screen holds it and as setup.complete takes it, with the
// checks of each step. Pure, so it is unit-tested (test/renderer/setupForm.test.ts).
import {
  setupSchema,
  siteIdentitySchema,
  type MethodInput,
  type RulesSettings,
} from '../../../shared/contract';
import { defaultServiceCalendar } from '../../../shared/rules/siteCalendar';
import { identityInput, identityValues, type IdentityValues } from '../admin/identityForm';
import { placeErrors, placeInput, type PlaceRow } from '../desk/placeRows';
import { checkRules } from '../desk/rulesForm';
import { zodErrors } from '../forms/zodErrors';

export const setupSteps = ['office', 'admin', 'places', 'hours', 'check'] as const;
export type SetupStep = (typeof setupSteps)[number];

type Calendar = RulesSettings['calendar'];

export interface SetupValues extends Record<string, unknown> {
  site: IdentityValues;
  admin: { fullName: string; pin: string; pinRepeat: string };
  desks: PlaceRow[];
  lockers: PlaceRow[];
  calendar: Calendar;
  maxStayMinutes: number | string;
}

export const initialSetup = (): SetupValues => ({
  site: identityValues(null),
  admin: { fullName: '', pin: '', pinRepeat: '' },
  desks: [],
  lockers: [],
  calendar: { ...defaultServiceCalendar, openDays: [...defaultServiceCalendar.openDays], holidays: [] },
  maxStayMinutes: 420,
});

export const setupInput = (v: SetupValues): MethodInput<'setup.complete'> => ({
  site: identityInput(v.site).input,
  admin: { fullName: v.admin.fullName, pin: v.admin.pin },
  desks: placeInput(v.desks),
  lockers: placeInput(v.lockers),
  calendar: v.calendar,
  maxStayMinutes: Number(v.maxStayMinutes),
});

/** Message keys per form path for what is wrong on one step (nothing about the other steps). */
export function setupStepErrors(v: SetupValues, step: SetupStep): Record<string, string> {
  switch (step) {
    case 'office': {
      const { input, lineOf } = identityInput(v.site);
      return zodErrors(siteIdentitySchema, input, (path) =>
        path[0] === 'letterhead' && typeof path[1] === 'number'
          ? `site.letterhead.${lineOf[path[1]] ?? 0}`
          : `site.${path.map(String).join('.')}`,
      );
    }
    case 'admin': {
      const errors = zodErrors(
        setupSchema.shape.admin,
        { fullName: v.admin.fullName, pin: v.admin.pin },
        (path) => `admin.${path.map(String).join('.')}`,
      );
      if (!errors['admin.pin'] && v.admin.pinRepeat !== v.admin.pin)
        errors['admin.pinRepeat'] = 'setup.pinMismatch';
      return errors;
    }
    case 'places':
      return {
        ...placeErrors(v.desks, 'desks'),
        ...placeErrors(v.lockers, 'lockers'),
        ...(v.desks.length === 0 ? { desks: 'errors.setup.desksRequired' } : {}),
      };
    case 'hours': {
      const problems = checkRules({
        calendar: v.calendar,
        maxStayMinutes: Number(v.maxStayMinutes),
        warningMinutes: [30, 10],
        autoCloseAtLimit: false,
        bookingDaysAhead: 14,
      });
      const paths: Record<string, string> = {
        opensAt: 'calendar.opensAt',
        closesAt: 'calendar.closesAt',
        openDays: 'calendar.openDays',
        maxStayMinutes: 'maxStayMinutes',
      };
      return Object.fromEntries(
        Object.entries(problems)
          .filter(([k]) => k in paths)
          .map(([k, key]) => [paths[k]!, key]),
      );
    }
    case 'check':
      return {};
    default: {
      const never: never = step;
      return never;
    }
  }
}

/** The first step with a problem, so a refusal from the core sends the admin back to it. */
export function firstStepWithErrors(v: SetupValues): SetupStep | null {
  return setupSteps.find((s) => Object.keys(setupStepErrors(v, s)).length > 0) ?? null;
}

/** The step a core's field error (a path of setup.complete's input) belongs to. */
export function stepOfField(field: string): SetupStep {
  if (field.startsWith('site')) return 'office';
  if (field.startsWith('admin')) return 'admin';
  if (field.startsWith('desks') || field.startsWith('lockers')) return 'places';
  return 'hours';
}

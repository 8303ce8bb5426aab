// How a pulled change of the requests is written to the kiosk's tables (../applyChanges.ts): the
// server's record of a request replaces the kiosk's row whole (its status and slot columns derived
// again), attendance and letters are added by id.
import { issuedLetterSchema, requestRecordSchema } from '../../../shared/requests/requestRecord';
import { readRequestSettings } from '../../services/requests/requestSettingsStore';
import { saveAttendance, saveLetter, saveRequest } from '../../services/requests/requestQueries';
import { readRulesTimeZone } from '../../services/requests/requestSettingsStore';
import type { Applier } from '../applyChanges';
import { z } from 'zod';

const attendanceSchema = z.object({
  id: z.string(),
  requestId: z.string(),
  at: z.number(),
  deviceId: z.string(),
});

const request: Applier = (db, _id, row, now) => {
  const parsed = requestRecordSchema.safeParse(row);
  // A record this version cannot read is left for a newer app rather than half-written.
  if (!parsed.success) return [];
  saveRequest(db, parsed.data, readRequestSettings(db), readRulesTimeZone(db), now);
  return ['requests'];
};

const requestAttendance: Applier = (db, _id, row) => {
  const parsed = attendanceSchema.safeParse(row);
  if (!parsed.success) return [];
  saveAttendance(db, parsed.data);
  return ['requests'];
};

const requestLetter: Applier = (db, _id, row) => {
  const parsed = issuedLetterSchema.safeParse(row);
  if (!parsed.success) return [];
  saveLetter(db, parsed.data);
  return ['requests'];
};

export const requestsAppliers = { request, requestAttendance, requestLetter } as const satisfies Readonly<
  Record<string, Applier>
>;

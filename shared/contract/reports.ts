// The officer's end-of-day recap of the coworking space (SOP 97: "rekap pengguna"), without personal data.
import { z } from 'zod';
import { receiptDocSchema } from '../receipt';
import { printJobSchema } from './printing';
import { daySchema, langSchema } from './fields';
import { method } from './method';

export const dailyRecapSchema = z.object({
  siteName: z.string(),
  day: daySchema,
  visits: z.number().int(),
  peakHour: z.number().int().nullable(),
  peakHourVisits: z.number().int(),
  desksUsed: z.number().int(),
  desksTotal: z.number().int(),
  averageStayMinutes: z.number().nullable(),
  overstays: z.number().int(),
  noShows: z.number().int(),
  closedWithoutConfirmation: z.number().int(),
  equipmentProblems: z.number().int(),
  equipmentNotes: z.array(z.string()),
  generatedAt: z.number(),
});

const recapInput = z.object({ day: daySchema, lang: langSchema.default('id') }).strict();

export const reportMethods = {
  'reports.dailyRecap': method(
    'reports.read',
    recapInput,
    z.object({ recap: dailyRecapSchema, doc: receiptDocSchema }),
  ),
  'reports.printDailyRecap': method('reports.read', recapInput, printJobSchema, { audit: 'action' }),
} as const;

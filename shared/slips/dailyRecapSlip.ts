// The officer's end-of-day recap on paper. The figures are computed by the reports service; this
// only lays them out. No visitor names appear on it.
import { cut, feed, heading, keyValue, rule, text } from '../receipt';
import type { PaperWidth, ReceiptDoc, ReceiptBlock } from '../receipt';
import { formatDateTime, formatDay, formatDuration } from './format';
import { slipLabels } from './labels';
import type { SlipLang } from './labels';

export interface DailyRecapData {
  readonly siteName: string;
  /** 'YYYY-MM-DD' in the site's zone. */
  readonly day: string;
  readonly visits: number;
  /** Hour of day (0–23, site zone) with the most check-ins, or null on a day without visits. */
  readonly peakHour: number | null;
  readonly peakHourVisits: number;
  readonly desksUsed: number;
  readonly desksTotal: number;
  /** Mean length of closed visits in minutes, or null when none closed. */
  readonly averageStayMinutes: number | null;
  readonly overstays: number;
  readonly noShows: number;
  /** Visits closed by the officer or automatically without the visitor's check-out confirmation. */
  readonly closedWithoutConfirmation: number;
  readonly equipmentProblems: number;
  /** Short officer notes about equipment ("Monitor meja 3 mati"); printed as written. */
  readonly equipmentNotes: ReadonlyArray<string>;
  /** UTC epoch ms the recap was produced. */
  readonly generatedAt: number;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export function dailyRecapSlip(data: DailyRecapData, width: PaperWidth, lang: SlipLang = 'id'): ReceiptDoc {
  const l = slipLabels[lang];
  const peak =
    data.peakHour === null
      ? l.none
      : `${pad2(data.peakHour)}:00-${pad2((data.peakHour + 1) % 24)}:00 (${data.peakHourVisits})`;
  const notes: ReceiptBlock[] =
    data.equipmentNotes.length === 0
      ? []
      : [text(`${l.notes}:`, { bold: true }), ...data.equipmentNotes.map((n) => text(`- ${n}`))];
  return {
    width,
    blocks: [
      text(data.siteName, { align: 'center', bold: true }),
      heading(l.recapTitle),
      text(formatDay(data.day, lang), { align: 'center' }),
      rule(),
      keyValue([
        [l.visits, String(data.visits)],
        [l.peakHour, peak],
        [l.desksUsed, `${data.desksUsed}/${data.desksTotal}`],
        [
          l.averageStay,
          data.averageStayMinutes === null ? l.none : formatDuration(data.averageStayMinutes, l),
        ],
        [l.overstays, String(data.overstays)],
        [l.noShows, String(data.noShows)],
        [l.closedWithoutConfirmation, String(data.closedWithoutConfirmation)],
        [l.equipmentProblems, String(data.equipmentProblems)],
      ]),
      ...notes,
      rule(),
      text(`${l.printedAt}: ${formatDateTime(data.generatedAt, lang)}`, { align: 'center' }),
      feed(1),
      cut(),
    ],
  };
}

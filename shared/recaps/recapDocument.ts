// A revision of a report (rekap) as the office files it: the PDF's blocks and the workbook's raw
// tables, built from the revision alone (its frozen figures, corrections and trail), the office's
// identity and the document settings. The kiosk and the central server both call this, so they make
// the same bytes. A forwarded revision is built only from what it held when it was forwarded: the
// trail up to the forward, dated at the forward, so its PDF never changes afterwards.
// Pure: no node:, no DOM (types only from shared/documents).
import type { ChartSpec } from '../charts/chartSpec';
import type { DocumentSettings } from '../contract/settings';
import type { SiteIdentity } from '../contract/site';
import type { DocNode, ReportDocumentInput } from '../documents/reportDocument';
import type { WorkbookInput, WorkbookSheet } from '../documents/reportWorkbook';
import {
  formatLongDate,
  formatMonth,
  formatQuarter,
  formatPrintTime,
  type DocLang,
} from '../documents/format';
import { formatMinutes, formatNumber, formatPercent } from '../charts/numbers';
import type { CorrectableFigure, RecapFigures, RecapTotals } from './figures';
import { correctionsOf, finalTotals, type RecapRecord, type RecapTrailEntry } from './recapRecord';
import { recapWords, type RecapWords } from './recapWords';

/** The revision as its document shows it: a forwarded one as it was at the forward. */
export function frozenView(r: RecapRecord): { record: RecapRecord; madeAt: number } {
  if (r.forwardedAt === null)
    return { record: r, madeAt: Math.max(r.submittedAt, ...r.trail.map((e) => e.at)) };
  const upTo = r.trail.findIndex((e) => e.kind === 'forwarded');
  return {
    record: { ...r, status: 'forwarded', acknowledgedAt: null, trail: r.trail.slice(0, upTo + 1) },
    madeAt: r.forwardedAt,
  };
}

export function periodTitle(f: Pick<RecapFigures, 'periodKind' | 'period'>, lang: DocLang): string {
  if (f.periodKind === 'month') return formatMonth(f.period, lang);
  if (f.periodKind === 'quarter')
    return formatQuarter(Number(f.period.slice(0, 4)), Number(f.period.slice(6)), lang);
  return `${lang === 'id' ? 'Tahun' : 'Year'} ${f.period}`;
}

const WEEKDAYS: Record<DocLang, readonly string[]> = {
  id: ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

const hh = (h: number) => `${String(h).padStart(2, '0')}.00`;

/** The hours worth drawing: those with any use, widened to a working day, at most 06–21. */
function heatHours(f: RecapFigures): number[] {
  let lo = 7;
  let hi = 16;
  f.heat.forEach((row) =>
    row.forEach((v, h) => {
      if (v > 0) [lo, hi] = [Math.min(lo, h), Math.max(hi, h)];
    }),
  );
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}

/** The name of the period's i-th month ("Oktober"). */
function monthLabel(f: RecapFigures, i: number, lang: DocLang): string {
  const m = Number(f.from.slice(5, 7)) + i;
  return formatMonth(`${f.from.slice(0, 4)}-${String(m).padStart(2, '0')}`, lang).split(' ')[0]!;
}

/** The charts of a revision: the same specs on the officer's screen (renderer/src/charts/Chart.tsx). */
export function recapCharts(f: RecapFigures, lang: DocLang) {
  const w = recapWords[lang];
  const hours = heatHours(f);
  const days = f.perDay.map((_, i) => String(Number(f.from.slice(8, 10)) + i));
  const months = f.perMonth.map((_, i) => monthLabel(f, i, lang));
  const weekdays = WEEKDAYS[lang];
  const heatRows = [0, 1, 2, 3, 4, 5, 6].filter((d) => d < 5 || f.heat[d]!.some((v) => v > 0));
  const charts = {
    heat: {
      kind: 'heatmap',
      title: w.chartHeat,
      xLabels: hours.map(hh),
      yLabels: heatRows.map((d) => weekdays[d]!),
      values: heatRows.map((d) => hours.map((h) => f.heat[d]![h]!)),
      valueLabel: w.occupancy,
    },
    perDay:
      f.periodKind === 'month'
        ? { kind: 'bars', title: w.chartPerDay, labels: days, series: [{ name: w.visits, values: f.perDay }] }
        : {
            kind: 'line',
            title: w.chartPerMonth,
            labels: months,
            series: [{ name: w.visits, values: f.perMonth }],
          },
    // The trend of the stay and of the no-shows: a bucket a day for a month, a month otherwise
    // (a bucket with nothing closed or booked draws as 0; the tables say "–").
    stay: {
      kind: 'bars',
      title: f.periodKind === 'month' ? w.chartStayPerDay : w.chartStayPerMonth,
      labels: f.periodKind === 'month' ? days : months,
      series: [{ name: w.averageStay, values: f.trend.stay.map((m) => m ?? 0) }],
      format: 'minutes',
    },
    noShows: {
      kind: 'line',
      title: f.periodKind === 'month' ? w.chartNoShowPerDay : w.chartNoShowPerMonth,
      labels: f.periodKind === 'month' ? days : months,
      series: [
        { name: w.noShowRate, values: f.trend.noShowRate.map((r) => Math.round((r ?? 0) * 1000) / 10) },
      ],
      format: 'percent',
    },
    desks: {
      kind: 'bars',
      title: w.chartDesks,
      labels: f.desks.map(([n]) => `${w.desk} ${n}`),
      series: [{ name: w.utilisation, values: f.desks.map((d) => Math.round(d[3] * 1000) / 10) }],
      format: 'percent',
      horizontal: true,
    },
    problems:
      f.problemsByCategory.length > 0
        ? {
            kind: 'bars',
            title: w.chartProblems,
            labels: f.problemsByCategory.map(([c]) => c),
            series: [{ name: w.problems, values: f.problemsByCategory.map(([, n]) => n) }],
            horizontal: true,
          }
        : null,
  } satisfies Record<string, ChartSpec | null>;
  return charts;
}

const figureValue = (key: CorrectableFigure | 'noShowRate', t: RecapTotals, lang: DocLang): string => {
  const v = t[key];
  if (v === null) return '–';
  if (key === 'averageStayMinutes') return formatMinutes(v, lang);
  if (key === 'noShowRate') return formatPercent(v * 100, 1, lang);
  return formatNumber(v, 0, lang);
};

function summaryRows(r: RecapRecord, lang: DocLang, w: RecapWords): [string, string][] {
  const t = finalTotals(r);
  const corrected = new Set(correctionsOf(r).map((c) => c.correction.figure));
  const mark = (k: CorrectableFigure) => (corrected.has(k) ? ' *' : '');
  const row = (k: CorrectableFigure): [string, string] => [w.figure[k], figureValue(k, t, lang) + mark(k)];
  return [
    row('visits'),
    row('visitors'),
    [w.hoursUsed, formatMinutes(t.visitMinutes, lang)],
    row('averageStayMinutes'),
    row('overstays'),
    row('reservations'),
    row('noShows'),
    [w.noShowRate, figureValue('noShowRate', t, lang)],
    row('closedWithoutConfirmation'),
    row('deskProblems'),
    row('equipmentProblems'),
    row('complaintsFiled'),
    [w.complaintsClosed, formatNumber(t.complaintsClosed, 0, lang)],
    [
      w.ikm,
      r.figures.ikm
        ? `${formatNumber(r.figures.ikm.value, 2, lang)} (${r.figures.ikm.grade}; ${formatNumber(r.figures.ikm.respondents, 0, lang)} ${w.respondents})`
        : w.noSurvey,
    ],
    [
      w.openDays,
      `${formatNumber(t.openDays, 0, lang)} ${w.days}; ${formatNumber(t.desksTotal, 0, lang)} ${w.desks}`,
    ],
  ];
}

const trailText = (e: RecapTrailEntry, w: RecapWords): string =>
  [e.to ? `${w.toLabel} ${e.to.name}` : null, e.text].filter(Boolean).join(' · ');

export interface RecapDocumentContext {
  readonly identity: SiteIdentity;
  readonly settings: DocumentSettings;
  readonly lang: DocLang;
}

/** The kop a forwarded revision was signed under; the office's current one until then. */
const kopOf = (
  r: RecapRecord,
  c: RecapDocumentContext,
): { identity: SiteIdentity; settings: DocumentSettings } =>
  r.forwardedKop ?? { identity: c.identity, settings: c.settings };

export function recapTitle(kind: RecapRecord['periodKind'], w: RecapWords): string {
  return kind === 'month' ? w.titleMonth : kind === 'quarter' ? w.titleQuarter : w.titleYear;
}

/** The PDF of a revision (renderReportPdf in shared/documents). */
export function recapReportDocument(revision: RecapRecord, c: RecapDocumentContext): ReportDocumentInput {
  const { record: r, madeAt } = frozenView(revision);
  const { lang } = c;
  const w = recapWords[lang];
  const f = r.figures;
  const tz = f.timeZone;
  const charts = recapCharts(f, lang);
  const corrections = correctionsOf(r);
  const body: DocNode[] = [
    {
      kind: 'facts',
      rows: [
        [w.periodDays, `${formatLongDate(f.from, tz, lang)} – ${formatLongDate(f.to, tz, lang)}`],
        [w.revision, `${r.revision}${r.supersedes ? ` (${w.replacesEarlier})` : ''}`],
        [w.statusLabel, w.status[r.status]],
        [w.preparedBy, `${r.preparedBy.name}, ${formatPrintTime(r.submittedAt, tz, lang)}`],
        [w.figuresAt, formatPrintTime(f.computedAt, tz, lang)],
      ],
    },
    { kind: 'heading', text: w.summary },
    { kind: 'facts', rows: summaryRows(r, lang, w) },
    ...(corrections.length > 0 ? [{ kind: 'paragraph', text: w.correctedNote } as const] : []),
    { kind: 'chart', chart: charts.perDay, height: 190 },
    { kind: 'chart', chart: charts.heat, height: 210 },
    { kind: 'chart', chart: charts.stay, height: 170 },
    { kind: 'chart', chart: charts.noShows, height: 170 },
    { kind: 'heading', text: w.deskUse },
    {
      kind: 'table',
      columns: [
        { title: w.desk },
        { title: w.visits, align: 'right' },
        { title: w.hoursUsed, align: 'right' },
        { title: w.utilisation, align: 'right' },
      ],
      rows: f.desks.map(([n, v, m, u]) => [
        `${w.desk} ${n}`,
        formatNumber(v, 0, lang),
        formatMinutes(m, lang),
        formatPercent(u * 100, 1, lang),
      ]),
    },
    ...(f.desks.length > 0
      ? [{ kind: 'chart', chart: charts.desks, height: Math.min(300, 90 + 18 * f.desks.length) } as const]
      : []),
    { kind: 'heading', text: w.equipment },
    f.problemsByCategory.length > 0
      ? {
          kind: 'table',
          columns: [{ title: w.category }, { title: w.problems, align: 'right' }],
          rows: f.problemsByCategory.map(([cat, n]) => [cat, formatNumber(n, 0, lang)]),
        }
      : { kind: 'paragraph', text: w.noEquipmentProblems },
    ...(charts.problems ? [{ kind: 'chart', chart: charts.problems, height: 180 } as const] : []),
    { kind: 'heading', text: w.corrections },
    corrections.length > 0
      ? {
          kind: 'table',
          columns: [
            { title: w.when },
            { title: w.who },
            { title: w.figureLabel },
            { title: w.from, align: 'right' },
            { title: w.to, align: 'right' },
            { title: w.note },
          ],
          rows: corrections.map(({ entry, correction }) => [
            formatPrintTime(entry.at, tz, lang),
            entry.by.name,
            w.figure[correction.figure],
            correction.from === null ? '–' : formatNumber(correction.from, 0, lang),
            correction.to === null ? '–' : formatNumber(correction.to, 0, lang),
            entry.text,
          ]),
        }
      : { kind: 'paragraph', text: w.noCorrections },
    { kind: 'heading', text: w.trail },
    {
      kind: 'table',
      columns: [{ title: w.when }, { title: w.step }, { title: w.who }, { title: w.note }],
      rows: r.trail.map((e) => [
        formatPrintTime(e.at, tz, lang),
        w.trailKind[e.kind],
        e.by.name,
        trailText(e, w) || '–',
      ]),
    },
  ];
  if (f.users) {
    body.push(
      { kind: 'heading', text: w.users },
      {
        kind: 'table',
        columns: [
          { title: w.number, width: 28 },
          { title: w.name },
          { title: w.visits, align: 'right' },
          { title: w.hoursUsed, align: 'right' },
        ],
        rows: f.users.map(([name, v, m], i) => [
          i + 1,
          name || w.erased,
          formatNumber(v, 0, lang),
          formatMinutes(m, lang),
        ]),
        totals: [
          '',
          w.total,
          formatNumber(f.totals.visits, 0, lang),
          formatMinutes(f.totals.visitMinutes, lang),
        ],
      },
    );
  }
  const { identity, settings: s } = kopOf(r, c);
  return {
    lang,
    identity,
    settings: s,
    title: recapTitle(r.periodKind, w),
    period: `${w.period}: ${periodTitle(f, lang)}`,
    madeAt,
    timeZone: tz,
    body,
    signatures: {
      preparer: { title: s.preparerTitle, name: r.preparedBy.name, nip: r.preparedBy.nip },
      reviewer: {
        lead: w.acknowledgedLead,
        title: s.reviewerTitle,
        name: r.forwardedBy?.name ?? null,
        nip: r.forwardedBy?.nip ?? null,
      },
      receiver: {
        lead: w.receivedLead,
        title: s.receiverTitle,
        name: r.forwardedTo?.name ?? null,
        nip: r.forwardedTo?.nip ?? null,
      },
    },
  };
}

/** The raw tables of a revision as a workbook (renderWorkbook in shared/documents). */
export function recapWorkbook(revision: RecapRecord, c: RecapDocumentContext): WorkbookInput {
  const { record: r, madeAt } = frozenView(revision);
  const w = recapWords[c.lang];
  const f = r.figures;
  const t = finalTotals(r);
  const byDay = f.periodKind === 'month';
  const trendColumns = [
    { title: w.averageStay, format: 'integer' as const },
    { title: w.noShowRate, format: 'percent' as const },
  ];
  const trendRow = (i: number) => {
    const rate = f.trend.noShowRate[i] ?? null;
    return [f.trend.stay[i] ?? null, rate === null ? null : Math.round(rate * 1000) / 10];
  };
  const sheets: WorkbookSheet[] = [
    {
      name: w.summary,
      columns: [
        { title: w.figureLabel },
        { title: w.value, format: 'decimal' },
        { title: w.asComputed, format: 'decimal' },
      ],
      rows: (Object.keys(t) as (keyof RecapTotals)[]).map((k) => [
        k in w.figure
          ? w.figure[k as CorrectableFigure]
          : (w.extraFigure[k as keyof RecapWords['extraFigure']] ?? k),
        t[k],
        f.totals[k],
      ]),
    },
    {
      name: w.sheetPerDay,
      columns: [
        { title: w.day, format: 'date' },
        { title: w.visits, format: 'integer' },
        // A month's trend is a day at a time (a quarter's or a year's, a month: the sheet below).
        ...(byDay ? trendColumns : []),
      ],
      rows: f.perDay.map((n, i) => [addDaysIso(f.from, i), n, ...(byDay ? trendRow(i) : [])]),
    },
    ...(byDay
      ? []
      : [
          {
            name: w.chartPerMonth,
            columns: [{ title: w.month }, { title: w.visits, format: 'integer' as const }, ...trendColumns],
            rows: f.perMonth.map((n, i) => [monthLabel(f, i, c.lang), n, ...trendRow(i)]),
          },
        ]),
    {
      name: w.sheetHeat,
      columns: [
        { title: w.weekday },
        ...Array.from({ length: 24 }, (_, h) => ({ title: hh(h), format: 'decimal' as const })),
      ],
      rows: f.heat.map((row, d) => [WEEKDAYS[c.lang][d]!, ...row]),
    },
    {
      name: w.deskUse,
      columns: [
        { title: w.desk, format: 'integer' },
        { title: w.visits, format: 'integer' },
        { title: w.minutes, format: 'integer' },
        { title: w.utilisation, format: 'percent' },
      ],
      rows: f.desks.map(([n, v, m, u]) => [n, v, m, Math.round(u * 1000) / 10]),
    },
    {
      name: w.equipment,
      columns: [{ title: w.category }, { title: w.problems, format: 'integer' }],
      rows: f.problemsByCategory.map(([cat, n]) => [cat, n]),
    },
    {
      name: w.trail,
      columns: [
        { title: w.when },
        { title: w.step },
        { title: w.who },
        { title: w.figureLabel },
        { title: w.from },
        { title: w.to },
        { title: w.note },
      ],
      rows: r.trail.map((e) => [
        formatPrintTime(e.at, f.timeZone, c.lang),
        w.trailKind[e.kind],
        e.by.name,
        e.correction ? w.figure[e.correction.figure] : null,
        e.correction?.from ?? null,
        e.correction?.to ?? null,
        trailText(e, w) || null,
      ]),
    },
  ];
  if (f.users)
    sheets.push({
      name: w.users,
      columns: [
        { title: w.name },
        { title: w.visits, format: 'integer' },
        { title: w.minutes, format: 'integer' },
      ],
      rows: f.users.map(([name, v, m]) => [name || w.erased, v, m]),
    });
  return {
    lang: c.lang,
    ...kopOf(r, c),
    title: recapTitle(r.periodKind, w),
    period: `${w.period}: ${periodTitle(f, c.lang)}`,
    madeAt,
    timeZone: f.timeZone,
    sheets,
  };
}

function addDaysIso(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** "Rekap_2026-11_rev2.pdf" */
export const recapFileName = (
  r: Pick<RecapRecord, 'period' | 'revision' | 'periodKind'>,
  ext: 'pdf' | 'xlsx',
) => `${r.periodKind === 'month' ? 'Rekap' : 'Laporan'}_${r.period}_rev${r.revision}.${ext}`;

// The SKM report as offices file it (indonesian-services.md §4), as an xlsx workbook made with
// exceljs: the per-respondent sheet U1…U9 with Σ nilai, NRR, NRR tertimbang, the IKM and its grade;
// each element's index and grade; the answer distribution; the respondents' characteristics; the
// suggestions. Headed with the office's letterhead from the site settings.
import ExcelJS from 'exceljs';
import type { SiteIdentity } from '../../../shared/contract';
import { ikmGradeBands, weightNote } from '../../../shared/survey/ikm';
import { formatSurveyDay, periodLabel } from '../../../shared/survey/period';
import {
  profileQuestions,
  profileFields,
  skmElements,
  surveyElementKeys,
} from '../../../shared/survey/questionnaire';
import { sampleNote } from '../../../shared/survey/sampleSize';
import { allServicesLabel, surveyServiceLabels } from '../../../shared/survey/serviceLabels';
import type { SurveyReport } from './surveyQueries';

type Lang = 'id' | 'en';

const words = {
  id: {
    sheetData: 'Pengolahan Data',
    sheetElements: 'Indeks per Unsur',
    sheetDistribution: 'Distribusi Jawaban',
    sheetProfile: 'Karakteristik Responden',
    sheetSuggestions: 'Saran dan Masukan',
    title: 'PENGOLAHAN DATA SURVEI KEPUASAN MASYARAKAT PER RESPONDEN DAN PER UNSUR LAYANAN',
    service: 'Jenis Pelayanan',
    period: 'Periode',
    until: 's/d',
    respondent: 'No. Resp',
    sum: 'Σ Nilai/Unsur',
    nrr: 'NRR/Unsur',
    weighted: 'NRR tertimbang/Unsur',
    ikm: 'IKM Unit Pelayanan',
    grade: 'Mutu Pelayanan',
    published: 'Pembanding: IKM dengan bobot 0,111',
    sample: 'Target sampel (Krejcie–Morgan)',
    population: 'Jumlah pengguna layanan (N)',
    respondents: 'Jumlah responden (n)',
    legend: 'Keterangan',
    element: 'Unsur',
    name: 'Nama unsur',
    index: 'Indeks unsur',
    label: 'Kinerja',
    weakest: 'Terendah',
    answer: 'Jawaban',
    count: 'Jumlah',
    percent: 'Persen',
    notStated: 'Tidak diisi',
    day: 'Tanggal',
    text: 'Saran',
    gradeTable: 'Nilai interval konversi',
    noAnswers: 'Belum ada responden pada periode ini.',
  },
  en: {
    sheetData: 'Data processing',
    sheetElements: 'Index per element',
    sheetDistribution: 'Answer distribution',
    sheetProfile: 'Respondents',
    sheetSuggestions: 'Suggestions',
    title: 'COMMUNITY SATISFACTION SURVEY: DATA PER RESPONDENT AND PER SERVICE ELEMENT',
    service: 'Service',
    period: 'Period',
    until: 'to',
    respondent: 'Resp. no.',
    sum: 'Σ score/element',
    nrr: 'Mean (NRR)/element',
    weighted: 'Weighted mean/element',
    ikm: 'Unit IKM',
    grade: 'Service grade',
    published: 'For comparison: IKM with the 0.111 weight',
    sample: 'Sample target (Krejcie–Morgan)',
    population: 'Service users (N)',
    respondents: 'Respondents (n)',
    legend: 'Legend',
    element: 'Element',
    name: 'Element name',
    index: 'Element index',
    label: 'Performance',
    weakest: 'Lowest',
    answer: 'Answer',
    count: 'Count',
    percent: 'Percent',
    notStated: 'Not stated',
    day: 'Date',
    text: 'Suggestion',
    gradeTable: 'Converted interval',
    noAnswers: 'No respondents in this period yet.',
  },
} as const;

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

function header(ws: ExcelJS.Worksheet, site: SiteIdentity, title: string, lines: string[]): void {
  const rows = [site.officeName.toUpperCase(), site.siteName, ...site.letterhead, '', title, ...lines, ''];
  for (const text of rows) ws.addRow([text]);
  ws.getRow(1).font = { bold: true, size: 13 };
  ws.getRow(4 + site.letterhead.length).font = { bold: true };
}

export async function surveyWorkbook(report: SurveyReport, site: SiteIdentity, lang: Lang): Promise<Buffer> {
  const w = words[lang];
  const { view } = report;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Loket';
  const serviceName = view.serviceId ? surveyServiceLabels[view.serviceId][lang] : allServicesLabel[lang];
  const periodLine = `${w.period}: ${periodLabel(report.period)[lang]} (${formatSurveyDay(view.from, lang)} ${w.until} ${formatSurveyDay(view.to, lang)})`;
  const headLines = [`${w.service}: ${serviceName}`, periodLine];

  // 1. Pengolahan data per responden dan per unsur.
  const data = wb.addWorksheet(w.sheetData);
  header(data, site, w.title, headLines);
  const headRow = data.addRow([w.respondent, ...surveyElementKeys]);
  headRow.font = { bold: true };
  report.rows.forEach((r, i) => data.addRow([i + 1, ...surveyElementKeys.map((k) => r.answers[k])]));
  const index = view.index;
  if (index) {
    data.addRow([w.sum, ...index.elements.map((e) => e.sum)]).font = { bold: true };
    data.addRow([w.nrr, ...index.elements.map((e) => round(e.mean, 4))]);
    data.addRow([w.weighted, ...index.elements.map((e) => round(e.weightedMean, 4))]);
    data.addRow([w.ikm, index.ikm]).font = { bold: true };
    const band = ikmGradeBands.find((b) => b.grade === index.grade)!;
    data.addRow([w.grade, `${band.grade} (${band.label[lang]})`]).font = { bold: true };
    data.addRow([w.published, index.ikmWithPublishedWeight, index.gradeWithPublishedWeight]);
  } else {
    data.addRow([w.noAnswers]);
  }
  data.addRow([]);
  data.addRow([w.population, view.population]);
  data.addRow([w.sample, view.sampleTarget]);
  data.addRow([w.respondents, view.respondents]);
  data.addRow([sampleNote[lang]]);
  data.addRow([weightNote[lang]]);
  data.addRow([]);
  data.addRow([w.legend]).font = { bold: true };
  for (const e of skmElements) data.addRow([e.key, e.name[lang]]);
  data.addRow([]);
  data.addRow([w.gradeTable, w.grade, w.label]).font = { bold: true };
  for (const b of ikmGradeBands) data.addRow([b.range[lang], b.grade, b.label[lang]]);
  data.getColumn(1).width = 30;

  // 2. Each element's own index and grade; the weakest marked for the follow-up plan.
  const el = wb.addWorksheet(w.sheetElements);
  header(el, site, w.sheetElements.toUpperCase(), headLines);
  el.addRow([w.element, w.name, w.nrr, w.index, w.grade, w.label, w.weakest]).font = { bold: true };
  for (const e of index?.elements ?? []) {
    const band = ikmGradeBands.find((b) => b.grade === e.grade)!;
    el.addRow([
      e.key,
      skmElements.find((s) => s.key === e.key)!.name[lang],
      round(e.mean, 4),
      e.index,
      e.grade,
      band.label[lang],
      index!.weakestElements.includes(e.key) ? '✓' : '',
    ]);
  }
  el.getColumn(2).width = 40;

  // 3. Answer distribution per element.
  const dist = wb.addWorksheet(w.sheetDistribution);
  header(dist, site, w.sheetDistribution.toUpperCase(), headLines);
  dist.addRow([w.element, '1', '2', '3', '4']).font = { bold: true };
  for (const e of skmElements) {
    dist.addRow([`${e.key} ${e.name[lang]}`, ...(view.distribution[e.key] ?? [0, 0, 0, 0])]);
    dist.addRow(['', ...e.answers.map((a) => a[lang])]).font = { italic: true, size: 9 };
  }
  dist.getColumn(1).width = 40;

  // 4. Karakteristik responden: one table per question, count and percent.
  const prof = wb.addWorksheet(w.sheetProfile);
  header(prof, site, w.sheetProfile.toUpperCase(), headLines);
  for (const field of profileFields) {
    const q = profileQuestions[field];
    prof.addRow([q.label[lang], w.count, w.percent]).font = { bold: true };
    for (const row of view.profile[field] ?? []) {
      const option = q.options.find((o) => o.key === row.key);
      prof.addRow([option ? option.label[lang] : w.notStated, row.count, round(row.percent, 2)]);
    }
    prof.addRow([]);
  }
  prof.getColumn(1).width = 30;

  // 5. Saran dan masukan.
  const sug = wb.addWorksheet(w.sheetSuggestions);
  header(sug, site, w.sheetSuggestions.toUpperCase(), headLines);
  sug.addRow([w.day, w.service, w.text]).font = { bold: true };
  for (const s of view.suggestions)
    sug.addRow([formatSurveyDay(s.day, lang), surveyServiceLabels[s.serviceId][lang], s.text]);
  sug.getColumn(3).width = 80;

  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const surveyExportName = (report: SurveyReport): string =>
  `SKM_${report.view.serviceId ?? 'semua-layanan'}_${report.view.period}.xlsx`;

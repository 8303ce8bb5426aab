// The ECharts options of the report charts: Indonesian numbers on axes, labels and tooltips, the
// heat map's axes the right way round (hours across, weekdays down from Senin), no animation, the
// theme's colours, and a description for a screen reader; and the SVG drawn from them in Node the
// same on every call.
import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../../shared/charts/chartSpec';
import {
  chartDescription,
  chartOption,
  heatColours,
  seriesColours,
} from '../../../shared/charts/chartOption';
import { chartSvg } from '../../../shared/documents/chartSvg';

type Fn = (v: unknown) => string;
type Axis = { type: string; data?: string[]; inverse?: boolean; axisLabel: { formatter?: Fn } };

const heat: ChartSpec = {
  kind: 'heatmap',
  title: 'Meja terpakai per jam',
  xLabels: ['07.00', '08.00', '09.00'],
  yLabels: ['Senin', 'Selasa'],
  values: [
    [1, 2.5, 3],
    [4, 14.8, 0],
  ],
  valueLabel: 'Meja terpakai',
};

const bars: ChartSpec = {
  kind: 'bars',
  title: 'Kunjungan per bulan',
  labels: ['Okt', 'Nov'],
  series: [{ name: 'Kunjungan', values: [1100, 1234] }],
};

describe('chartOption', () => {
  it('lays the heat map out as a timetable: hours across, weekdays down from the first', () => {
    const o = chartOption(heat, 'id') as Record<string, unknown>;
    const x = o.xAxis as Axis;
    const y = o.yAxis as Axis;
    expect(x).toMatchObject({ type: 'category', data: ['07.00', '08.00', '09.00'] });
    expect(y).toMatchObject({ type: 'category', data: ['Senin', 'Selasa'], inverse: true });
    const series = (
      o.series as { type: string; data: { value: number[] }[]; label: { formatter: Fn } }[]
    )[0]!;
    expect(series.type).toBe('heatmap');
    // [x, y, value] for each cell: Selasa 08.00 holds 14,8.
    expect(series.data.map((d) => d.value)).toContainEqual([1, 1, 14.8]);
    expect(series.label.formatter({ value: [1, 1, 14.8] })).toBe('14,8');
    const map = o.visualMap as { min: number; max: number; inRange: { color: string[] }; text: string[] };
    expect(map).toMatchObject({ min: 0, max: 15, text: ['15', '0'] });
    expect(map.inRange.color).toEqual([...heatColours]);
    expect(o.animation).toBe(false);
  });

  it('writes numbers the Indonesian way on axes, labels and tooltips', () => {
    const o = chartOption(bars, 'id') as Record<string, unknown>;
    const value = o.yAxis as Axis;
    expect(value.type).toBe('value');
    expect(value.axisLabel.formatter!(1200)).toBe('1.200');
    const s = (o.series as { label: { formatter: Fn } }[])[0]!;
    expect(s.label.formatter({ value: 1234 })).toBe('1.234');
    expect((o.tooltip as { valueFormatter: Fn }).valueFormatter(1234)).toBe('1.234');
    expect(o.color).toEqual([...seriesColours]);
    expect(
      ((chartOption(bars, 'en') as Record<string, unknown>).yAxis as Axis).axisLabel.formatter!(1200),
    ).toBe('1,200');

    const percent = chartOption(
      {
        ...bars,
        series: [{ name: 'Tidak datang', values: [12.5, 8.25] }],
        format: 'percent',
        horizontal: true,
      },
      'id',
    ) as Record<string, unknown>;
    // Horizontal: the categories down the side, the values across.
    expect((percent.yAxis as Axis).data).toEqual(['Okt', 'Nov']);
    expect((percent.xAxis as Axis).axisLabel.formatter!(20)).toBe('20%');
    expect((percent.series as { label: { formatter: Fn } }[])[0]!.label.formatter({ value: 12.5 })).toBe(
      '12,5%',
    );

    const stay = chartOption(
      {
        kind: 'line',
        title: 'Lama tinggal',
        labels: ['Sen'],
        series: [{ name: 'Rata-rata', values: [215] }],
        format: 'minutes',
      },
      'id',
    ) as Record<string, unknown>;
    expect((stay.yAxis as Axis).axisLabel.formatter!(180)).toBe('3 j');
    expect((stay.tooltip as { valueFormatter: Fn }).valueFormatter(215)).toBe('3 j 35 mnt');
    // Minutes step in whole minutes, so short stays never print the same tick twice.
    expect((stay.yAxis as { minInterval?: number }).minInterval).toBe(1);
  });

  it('steps counts in whole numbers and slants only long, crowded labels', () => {
    const days = Array.from({ length: 30 }, (_, i) => String(i + 1));
    const few = chartOption(
      {
        kind: 'bars',
        title: 'Kunjungan per hari',
        labels: days,
        series: [{ name: 'Kunjungan', values: days.map(() => 1) }],
      },
      'id',
    ) as Record<string, unknown>;
    expect(few.yAxis).toMatchObject({ minInterval: 1 });
    expect((few.xAxis as { axisLabel: { rotate: number } }).axisLabel.rotate).toBe(0);
    const dated = chartOption(
      {
        kind: 'bars',
        title: 'Kunjungan per hari',
        labels: days.map((d) => `${d} Nov`),
        series: [{ name: 'Kunjungan', values: days.map(() => 1) }],
      },
      'id',
    ) as Record<string, unknown>;
    expect((dated.xAxis as { axisLabel: { rotate: number } }).axisLabel.rotate).toBe(45);
    // Averages may step in halves, printed with their decimal.
    const averages = chartOption(
      { ...bars, series: [{ name: 'Rata-rata', values: [1.5, 2.25] }] },
      'id',
    ) as Record<string, unknown>;
    expect(averages.yAxis).not.toHaveProperty('minInterval');
    expect((averages.yAxis as Axis).axisLabel.formatter!(0.5)).toBe('0,5');
  });

  it('describes the chart for a screen reader, in the chosen language', () => {
    expect(chartOption(bars, 'id')).toMatchObject({ aria: { enabled: true } });
    expect(chartDescription(bars, 'id')).toBe(
      'Grafik: Kunjungan per bulan. Kunjungan: tertinggi 1.234 (Nov).',
    );
    expect(chartDescription(heat, 'id')).toBe(
      'Peta panas: Meja terpakai per jam. Meja terpakai tertinggi: 14,8 (Selasa, 08.00).',
    );
    expect(chartDescription(bars, 'en')).toBe('Chart: Kunjungan per bulan. Kunjungan: highest 1,234 (Nov).');
  });
});

describe('chartSvg', () => {
  it('draws the same SVG for the same chart, with the Indonesian numbers in it', () => {
    const a = chartSvg(heat, 'id', 640, 320);
    expect(chartSvg(heat, 'id', 640, 320)).toBe(a);
    expect(a.startsWith('<svg')).toBe(true);
    expect(a).toContain('14,8');
    expect(a).toContain('Senin');
    const b = chartSvg(bars, 'id', 640, 320);
    expect(b).toContain('1.234');
    expect(chartSvg(bars, 'id', 640, 320)).toBe(b);
  });
});

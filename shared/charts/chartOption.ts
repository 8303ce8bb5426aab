// A ChartSpec as an ECharts option, the one place the charts' look is decided: Indonesian number
// formats, the theme's colours, no animation (a print or a screenshot shows the final chart), type
// sizes that read at A4 and on a 1920×1080 desk, and ECharts' aria description on. Pure data: the
// renderer's Chart.tsx and the PDF's chartSvg.ts both pass it to ECharts.
import { civic, colours } from '../theme/tokens';
import type { ChartSpec, ChartValueFormat } from './chartSpec';
import { decimalsFor, formatMinutes, formatNumber, formatPercent } from './numbers';

type Lang = 'id' | 'en';

/** Series colours in order: the brand first, then hues that stay apart in grey print. */
export const seriesColours = [civic[8], '#e67700', colours.free, civic[4], '#862e9c', '#495057'] as const;

/** The heat map's ramp, light to dark (the brand blue). */
export const heatColours = [civic[0], civic[2], civic[4], civic[6], civic[8], civic[9]] as const;

// No quotes: the SVG renderer writes the family into a style attribute as it is.
const FONT = 'Roboto, Arial, sans-serif';
const TEXT = { color: colours.text, fontFamily: FONT, fontSize: 12 };

/** How one value reads in this chart. */
export function valueFormatter(
  format: ChartValueFormat | undefined,
  lang: Lang,
  decimals: number,
): (v: number) => string {
  switch (format) {
    case 'percent':
      return (v) => formatPercent(v, decimals, lang);
    case 'minutes':
      return (v) => formatMinutes(v, lang);
    default:
      return (v) => formatNumber(v, decimals, lang);
  }
}

const words = {
  id: {
    chart: 'Grafik',
    heatmap: 'Peta panas',
    highest: 'tertinggi',
    lowest: 'terendah',
    none: 'tanpa data',
  },
  en: { chart: 'Chart', heatmap: 'Heat map', highest: 'highest', lowest: 'lowest', none: 'no data' },
} as const;

/** A one-sentence summary for a screen reader: what it shows and where it peaks. */
export function chartDescription(spec: ChartSpec, lang: Lang): string {
  const w = words[lang];
  if (spec.kind === 'heatmap') {
    let best: { v: number; x: number; y: number } | null = null;
    spec.values.forEach((row, y) =>
      row.forEach((v, x) => {
        if (Number.isFinite(v) && (!best || v > best.v)) best = { v, x, y };
      }),
    );
    const peak = best as { v: number; x: number; y: number } | null;
    const top = peak
      ? `${spec.valueLabel} ${w.highest}: ${formatNumber(peak.v, decimalsFor([peak.v]), lang)} (${spec.yLabels[peak.y] ?? ''}, ${spec.xLabels[peak.x] ?? ''})`
      : w.none;
    return `${w.heatmap}: ${spec.title}. ${top}.`;
  }
  const all = spec.series.flatMap((s) => s.values.filter(Number.isFinite));
  const fmt = valueFormatter(spec.format, lang, decimalsFor(all));
  const parts = spec.series.map((s) => {
    let hi = -1;
    s.values.forEach((v, i) => {
      if (Number.isFinite(v) && (hi < 0 || v > (s.values[hi] as number))) hi = i;
    });
    return hi < 0
      ? `${s.name}: ${w.none}`
      : `${s.name}: ${w.highest} ${fmt(s.values[hi] as number)} (${spec.labels[hi] ?? ''})`;
  });
  return `${w.chart}: ${spec.title}. ${parts.join('; ')}.`;
}

/** The next round number at or above n (1, 2, 5 × 10^k), so a legend reads 0 to 15, not 0 to 14,8. */
function niceCeiling(n: number): number {
  if (n <= 1) return 1;
  const step = 10 ** Math.floor(Math.log10(n));
  for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * step >= n) return m * step;
  return 10 * step;
}

const titleOption = (text: string) => ({
  text,
  left: 'center',
  top: 4,
  textStyle: { ...TEXT, fontSize: 14, fontWeight: 'bold' },
});

export function chartOption(spec: ChartSpec, lang: Lang): Record<string, unknown> {
  const base = {
    animation: false,
    textStyle: TEXT,
    backgroundColor: colours.surface,
    aria: { enabled: true, label: { enabled: true, description: chartDescription(spec, lang) } },
    title: titleOption(spec.title),
    tooltip: { trigger: spec.kind === 'heatmap' ? 'item' : 'axis', confine: true },
  };

  if (spec.kind === 'heatmap') {
    const flat = spec.values.flatMap((row) => row.filter(Number.isFinite));
    const max = niceCeiling(Math.max(0, ...flat));
    const decimals = decimalsFor(flat);
    const fmt = (v: number) => formatNumber(v, decimals, lang);
    // Value labels only where a cell is wide enough to hold one; white on the dark half of the ramp.
    const showLabels = spec.xLabels.length <= 16 && spec.yLabels.length <= 12;
    const data = spec.values.flatMap((row, y) =>
      row.map((v, x) => {
        const value = Number.isFinite(v) ? v : 0;
        return {
          value: [x, y, value],
          label: { color: value > max * 0.45 ? colours.surface : colours.text },
        };
      }),
    );
    return {
      ...base,
      tooltip: {
        ...base.tooltip,
        valueFormatter: (v: number) => fmt(v),
      },
      grid: { left: 8, right: 16, top: 40, bottom: 52, containLabel: true },
      xAxis: {
        type: 'category',
        data: [...spec.xLabels],
        splitArea: { show: true },
        axisLabel: { ...TEXT, interval: 0 },
        axisTick: { show: false },
      },
      yAxis: {
        type: 'category',
        data: [...spec.yLabels],
        // The first row (Senin, or the first hour) at the top, as a timetable reads.
        inverse: true,
        splitArea: { show: true },
        axisLabel: { ...TEXT },
        axisTick: { show: false },
      },
      visualMap: {
        min: 0,
        max,
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 4,
        itemHeight: 160,
        itemWidth: 12,
        text: [formatNumber(max, 0, lang), formatNumber(0, 0, lang)],
        textStyle: TEXT,
        inRange: { color: [...heatColours] },
      },
      series: [
        {
          name: spec.valueLabel,
          type: 'heatmap',
          data,
          label: {
            show: showLabels,
            fontFamily: FONT,
            fontSize: 11,
            formatter: (p: { value: [number, number, number] }) => (p.value[2] ? fmt(p.value[2]) : ''),
          },
          itemStyle: { borderColor: colours.surface, borderWidth: 1 },
        },
      ],
    };
  }

  const all = spec.series.flatMap((s) => s.values.filter(Number.isFinite));
  const fmt = valueFormatter(spec.format, lang, decimalsFor(all));
  const horizontal = spec.kind === 'bars' && spec.horizontal === true;
  // Many long labels (dates "2 Nov") slant; many short ones ("1", "2") stand, every few shown.
  const longest = Math.max(0, ...spec.labels.map((l) => l.length));
  const slant = !horizontal && spec.labels.length > 12 && longest * spec.labels.length > 80;
  const categoryAxis = {
    type: 'category',
    data: [...spec.labels],
    axisLabel: {
      ...TEXT,
      // Dates per day: show what fits, slanted, rather than overlapping.
      interval: horizontal ? 0 : 'auto',
      rotate: slant ? 45 : 0,
      width: horizontal ? 160 : undefined,
      overflow: horizontal ? 'truncate' : undefined,
    },
    axisTick: { alignWithLabel: true },
    inverse: horizontal,
  };
  const counts = spec.format !== 'percent' && spec.format !== 'minutes' && all.every(Number.isInteger);
  const tick = valueFormatter(spec.format, lang, Math.max(1, decimalsFor(all)));
  const valueAxis = {
    type: 'value',
    // Counts step in whole numbers (no "0,5 kunjungan") and minutes in whole minutes (no "1 mnt" ticks
    // twice); ticks print no decimals unless they have them.
    ...(counts || spec.format === 'minutes' ? { minInterval: 1 } : {}),
    axisLabel: {
      ...TEXT,
      formatter: (v: number) =>
        v === 0 ? '0' : Number.isInteger(v) ? valueFormatter(spec.format, lang, 0)(v) : tick(v),
    },
    splitLine: { lineStyle: { color: '#dee2e6' } },
    max: spec.format === 'percent' ? (value: { max: number }) => Math.max(100, value.max) : undefined,
    // Durations step in whole hours once they pass two, so the axis reads 1 j, 2 j, 3 j.
    ...(spec.format === 'minutes' && Math.max(0, ...all) > 120
      ? { interval: 60 * Math.max(1, Math.ceil(Math.max(...all) / 60 / 6)) }
      : {}),
  };
  const legend = spec.series.length > 1;
  return {
    ...base,
    color: [...seriesColours],
    tooltip: { ...base.tooltip, valueFormatter: (v: number) => fmt(v) },
    legend: legend ? { top: 26, textStyle: TEXT, itemGap: 16 } : { show: false },
    grid: { left: 8, right: 24, top: legend ? 60 : 40, bottom: 8, containLabel: true },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: spec.series.map((s) => ({
      name: s.name,
      type: spec.kind === 'line' ? 'line' : 'bar',
      data: s.values.map((v) => (Number.isFinite(v) ? v : null)),
      ...(spec.kind === 'line'
        ? { symbol: 'circle', symbolSize: 5, lineStyle: { width: 2 }, connectNulls: false }
        : { barMaxWidth: 36 }),
      // Bars carry their value when there are few, so the printed chart reads without a ruler.
      label:
        spec.kind === 'bars' && spec.labels.length * spec.series.length <= 16
          ? {
              show: true,
              position: horizontal ? 'right' : 'top',
              fontFamily: FONT,
              fontSize: 11,
              color: colours.text,
              formatter: (p: { value: number | null }) => (p.value == null ? '' : fmt(p.value)),
            }
          : { show: false },
    })),
  };
}

// What a chart shows, as plain data: the reports build these, and both the officer's screen
// (renderer/src/charts/Chart.tsx) and the PDF (shared/documents/chartSvg.ts) draw them through
// chartOption.ts, so the screen and the paper show the same chart. Pure: no ECharts here.

/**
 * How the values read: 'number' as "1.234" / "88,33"; 'percent' takes percentage points
 * (12.5 → "12,5%"); 'minutes' takes minutes (95 → "1 j 35 mnt").
 */
export type ChartValueFormat = 'number' | 'percent' | 'minutes';

export interface ChartSeries {
  readonly name: string;
  readonly values: readonly number[];
}

export type ChartSpec =
  | {
      readonly kind: 'heatmap';
      readonly title: string;
      readonly xLabels: readonly string[];
      readonly yLabels: readonly string[];
      /** values[y][x], one row per y label. */
      readonly values: readonly (readonly number[])[];
      /** What a cell counts, for the legend and the screen reader ("Kunjungan"). */
      readonly valueLabel: string;
    }
  | {
      readonly kind: 'bars';
      readonly title: string;
      readonly labels: readonly string[];
      readonly series: readonly ChartSeries[];
      readonly format?: ChartValueFormat;
      /** Bars running left to right, for long category names (item categories, desks). */
      readonly horizontal?: boolean;
    }
  | {
      readonly kind: 'line';
      readonly title: string;
      readonly labels: readonly string[];
      readonly series: readonly ChartSeries[];
      readonly format?: ChartValueFormat;
    };

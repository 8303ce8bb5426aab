// A report chart on the officer's screen, drawn from the same ChartSpec and option as the PDF's
// (shared/charts), so screen and paper agree. Only the parts the charts use are loaded (heat map,
// bars, lines, the visual map, grid, tooltip, title, legend, aria) and drawn as SVG, sharp in a
// screenshot. An accessible table with the same numbers is the caller's to put beside it.
import { useEffect, useMemo, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartSpec } from '../../../shared/charts/chartSpec';
import { chartDescription, chartOption } from '../../../shared/charts/chartOption';

echarts.use([
  HeatmapChart,
  BarChart,
  LineChart,
  VisualMapComponent,
  GridComponent,
  TooltipComponent,
  TitleComponent,
  LegendComponent,
  AriaComponent,
  SVGRenderer,
]);

export function Chart({
  spec,
  lang,
  height = 320,
  testId,
}: {
  spec: ChartSpec;
  lang: 'id' | 'en';
  height?: number;
  testId?: string;
}) {
  const box = useRef<HTMLDivElement | null>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const option = useMemo(() => chartOption(spec, lang), [spec, lang]);
  const label = useMemo(() => chartDescription(spec, lang), [spec, lang]);

  useEffect(() => {
    if (!box.current) return;
    const c = echarts.init(box.current, undefined, { renderer: 'svg' });
    chart.current = c;
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={box}
      role="img"
      aria-label={label}
      style={{ width: '100%', height }}
      data-testid={testId ?? 'report-chart'}
    />
  );
}

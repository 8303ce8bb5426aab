// A chart drawn to SVG in Node by ECharts' server-side renderer, for the PDF (pdfmake's svg node)
// and anything else that needs the chart without a screen. The same ChartSpec gives the same SVG:
// ECharts numbers its instances, so the per-instance ids are made neutral.
import * as echarts from 'echarts';
import type { ChartSpec } from '../charts/chartSpec';
import { chartOption } from '../charts/chartOption';

/**
 * ECharts names its instances (zr12-…) and hover classes (cls-7) from process-wide counters, so a
 * chart drawn twice differs only in those names: number them afresh, in order of appearance.
 */
function neutralIds(svg: string): string {
  const classes = new Map<string, number>();
  return svg.replace(/\bzr\d+-/g, 'zr0-').replace(/zr0-cls-(\d+)/g, (_, n: string) => {
    let i = classes.get(n);
    if (i === undefined) {
      i = classes.size;
      classes.set(n, i);
    }
    return `zr0-k${i}`;
  });
}

export function chartSvg(spec: ChartSpec, lang: 'id' | 'en', width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(chartOption(spec, lang));
    return neutralIds(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

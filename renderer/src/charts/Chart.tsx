// A report chart on the officer's screen, drawn from the same ChartSpec and option as the PDF's
// (shared/charts), so screen and paper agree. An accessible table with the same numbers is the
// caller's to put beside it.
import { useMemo } from 'react';
import type { ChartSpec } from '../../../shared/charts/chartSpec';
import { chartDescription, chartOption } from '../../../shared/charts/chartOption';
import { EChart } from './EChart';

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
  const option = useMemo(() => chartOption(spec, lang), [spec, lang]);
  const label = useMemo(() => chartDescription(spec, lang), [spec, lang]);
  return <EChart option={option} label={label} height={height} testId={testId ?? 'report-chart'} />;
}

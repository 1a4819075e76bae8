// ECharts for the console's few charts: only the chart types and the parts they use are registered
// (echarts/core), so the bundle holds no other chart types. Import this module lazily only
// (components/SurveyBarChart.vue and components/reports/* are loaded with defineAsyncComponent or
// from lazy routes), never from the main chunk.
import { use } from 'echarts/core';
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, HeatmapSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';

use([BarChart, LineChart, HeatmapChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type BarChartOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;
/** The reports' charts: bars, lines and the heat map, on a grid with legend and tooltip. */
export type ReportChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | HeatmapSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;
export { default as VChart } from 'vue-echarts';

/**
 * Series colours for the reports (the five fields, then the total), each at least 3:1 against
 * white so that bars and lines stand out from the background.
 */
export const REPORT_COLORS = ['#0031d8', '#a8460b', '#197a4b', '#7a2ea0', '#b3006b', '#1a1a1a'] as const;

/** The grey of a suppressed (秘匿) cell in the heat map: not on the scale of counts, so never read as 0. */
export const SUPPRESSED_COLOR = '#8c8c8c';

/**
 * The heat map's colour for a count, from a pale blue for 0 to a deep blue for the largest count
 * (linear in between). Zeros keep a colour of their own: they are figures, unlike suppressed cells.
 */
export function heatColor(value: number, max: number): string {
  const from = [0xf2, 0xf6, 0xfc];
  const to = [0x0b, 0x3d, 0x91];
  const f = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  const c = from.map((a, i) => Math.round(a + (to[i] - a) * f));
  return `#${c.map((x) => x.toString(16).padStart(2, '0')).join('')}`;
}

/** Dark text on pale cells, white on dark ones. */
export function heatLabelColor(value: number, max: number): string {
  return max > 0 && value / max > 0.45 ? '#ffffff' : '#1a1a1a';
}

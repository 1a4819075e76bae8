// ECharts for the console's few charts: only the bar chart and the parts it uses are registered
// (echarts/core), so the bundle holds no other chart types. Import this module lazily only
// (components/SurveyBarChart.vue is loaded with defineAsyncComponent), never from the main chunk.
import { use } from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';

use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type BarChartOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;
export { default as VChart } from 'vue-echarts';

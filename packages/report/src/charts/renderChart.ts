import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { ChartPoint } from './trendChart';

/**
 * A Vega-Lite spec drawn to SVG in Node, no browser and no canvas: Vega's headless SVG renderer. The SVG goes
 * inline into the report, so the page needs no script and fetches nothing.
 */
export async function renderChartSvg(spec: Record<string, unknown>, points: readonly ChartPoint[], labelledBy: string): Promise<string> {
  const full = { ...spec, data: { values: points.filter((p) => p.value !== null).map((p) => ({ period: p.period, series: p.series, value: p.value })) } } as unknown as TopLevelSpec;
  const view = new vega.View(vega.parse(compile(full).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    // The figure around it names the chart; the SVG itself is an image whose text alternative is that caption.
    return svg.replace('<svg ', `<svg role="img" aria-labelledby="${labelledBy}" focusable="false" `);
  } finally {
    view.finalize();
  }
}

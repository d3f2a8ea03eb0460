import type { DenseChart, DenseLayer } from './fence.ts';

/**
 * Fetch the dense layer's code (a chunk of its own, so a chart with few
 * marks never loads it) and make a layer for a chart (fence.ts).
 */
export async function loadDense(): Promise<(chart: DenseChart) => DenseLayer> {
  const { Overview } = await import('./overview-layer.ts');
  return (chart) => new Overview(chart);
}

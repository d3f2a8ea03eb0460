/** The chart's inputs, defined with the model that lays them out (src/timeline/model/chart-input.ts). */
export type { ChartCallout, ChartEvent, ChartPiece } from '../model/chart-input.ts';

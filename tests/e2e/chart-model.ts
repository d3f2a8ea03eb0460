import type { Page } from '@playwright/test';
import type { ChartModel } from '../../src/timeline/model/chart-model.ts';

/** The timeline's model as the page carries it to the script (src/timeline/model/chart-model.ts): JSON data, never run. */
export async function chartModel(page: Page): Promise<ChartModel> {
  return JSON.parse((await page.locator('timeline-chart script.tl-model').textContent())!) as ChartModel;
}

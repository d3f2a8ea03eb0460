/**
 * The benchmark's one table. Every row is declared up front, so a figure whose
 * step failed still prints, as "failed: <reason>", instead of vanishing.
 */
export interface RowSpec {
  key: string;
  section: string;
  measure: string;
  target?: string;
}

export class Results {
  private readonly values = new Map<string, string>();
  private readonly rows: readonly RowSpec[];
  constructor(rows: readonly RowSpec[]) {
    this.rows = rows;
  }

  set(key: string, value: string): void {
    if (!this.rows.some((r) => r.key === key)) throw new Error(`no table row "${key}"`);
    this.values.set(key, value);
  }

  /** Fill a step's rows with why it did not run. */
  skip(keys: readonly string[], reason: string): Promise<void> {
    for (const key of keys) if (!this.values.has(key)) this.set(key, reason);
    return Promise.resolve();
  }

  /** Run a step; if it throws, every row it had not filled says why. */
  async step(keys: readonly string[], fn: () => Promise<void>): Promise<void> {
    try {
      await fn();
    } catch (error) {
      const reason = reasonOf(error);
      for (const key of keys) if (!this.values.has(key)) this.set(key, `failed: ${reason}`);
    }
  }

  toJSON(): { section: string; measure: string; result: string; target: string }[] {
    return this.rows.map((r) => ({ section: r.section, measure: r.measure, result: this.values.get(r.key) ?? 'failed: not measured', target: r.target ?? '' }));
  }

  render(): string {
    const header = { section: 'section', measure: 'measure', result: 'result', target: 'target' };
    const rows = this.toJSON();
    const cap = (s: string) => (s.length > 130 ? `${s.slice(0, 127)}…` : s);
    const cells = [header, ...rows].map((r) => [r.section, r.measure, cap(r.result), r.target]);
    const widths = [0, 1, 2, 3].map((i) => Math.max(...cells.map((c) => c[i]!.length)));
    const line = (c: string[]) => c.map((v, i) => v.padEnd(widths[i]!)).join(' │ ').trimEnd();
    const out: string[] = [line(cells[0]!), widths.map((w) => '─'.repeat(w)).join('─┼─')];
    let last = '';
    for (const c of cells.slice(1)) {
      out.push(line([c[0] === last ? '' : c[0]!, c[1]!, c[2]!, c[3]!]));
      last = c[0]!;
    }
    return out.join('\n');
  }
}

export function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 2).join(' ').slice(0, 160);
}

export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const millis = (ms: number) => `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;

/** Value at quantile q (0–1) of a list of numbers, by nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

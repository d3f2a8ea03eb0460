/**
 * A claim's status and record line as a search result shows them, read from
 * the index (Pagefind meta, or a row of the small text index). Anything that
 * is not a known status is dropped, so a result never shows a made-up label.
 */
import { STATUSES, type Status } from '../../schemas/vocabulary.ts';

export interface Verdict {
  status: Status;
  label: string;
  line: string;
}

export function readVerdict(status: string | undefined, line: string | undefined): Verdict | undefined {
  if (!status || !line || !Object.hasOwn(STATUSES, status)) return undefined;
  const known = status as Status;
  return { status: known, label: STATUSES[known], line };
}

/** The small text index keeps a claim's verdict in one field: "status<TAB>line"; '' for other pages. */
export function packVerdict(status: string | undefined, line: string | undefined): string {
  return status && line ? `${status}\t${line}` : '';
}

export function unpackVerdict(field: string): Verdict | undefined {
  const tab = field.indexOf('\t');
  return tab < 0 ? undefined : readVerdict(field.slice(0, tab), field.slice(tab + 1));
}

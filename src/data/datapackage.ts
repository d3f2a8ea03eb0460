import Papa from 'papaparse';
import { absolute, paths } from '../lib/urls.ts';
import type { Place } from '../schemas/place.ts';
import { TABLES, type Table } from './datapackage-tables.ts';
import type { Site } from './site.ts';

/**
 * The data package's files: each table of `datapackage-tables.ts` as CSV,
 * and the `datapackage.json` descriptor written from the same declarations.
 */

export { TABLES };

/** Bump the major version when a field is renamed or removed, the minor when one is added. */
export const DATA_VERSION = '1.0.0';

/** A table as CSV text: a header row, then one row per record, RFC 4180 quoting, CRLF line ends. */
export function tableCsv(table: Table, site: Site, places: readonly Place[]): string {
  const cells = table.rows(site, places).map((row) => row.map((cell) => (cell === null ? '' : typeof cell === 'boolean' ? String(cell) : cell)));
  // One line end after the last row; a table with no rows is its header line alone.
  return `${Papa.unparse({ fields: table.fields.map((f) => f.name), data: cells }, { newline: '\r\n', quotes: false }).replace(/\r\n$/, '')}\r\n`;
}

/** The `datapackage.json` descriptor: every table's path, fields, types, vocabularies and keys. */
export function descriptor(created: string): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: 'lips-and-teeth-record',
    title: 'Lips and Teeth: the record of China–North Korea contacts, and two commentaries checked against it',
    description: 'The dated, sourced record of events, the claims of two commentaries (EJ Insight, March 2018; The Diplomat, February 2019) with what the record shows, and the people and places they name.',
    version: DATA_VERSION,
    created,
    homepage: absolute(paths.home()),
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
    resources: TABLES.map((t) => ({
      profile: 'tabular-data-resource',
      name: t.name.replace(/_/g, '-'),
      path: `${t.name}.csv`,
      title: t.title,
      description: t.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        fields: t.fields.map((f) => ({
          name: f.name,
          type: f.type,
          ...(f.type === 'date' ? { format: 'default' } : {}),
          description: f.description,
          ...(f.values || f.required ? { constraints: { ...(f.required ? { required: true } : {}), ...(f.values ? { enum: [...f.values] } : {}) } } : {}),
        })),
        missingValues: [''],
        ...(t.primaryKey ? { primaryKey: t.primaryKey } : {}),
        ...(t.foreignKeys ? { foreignKeys: t.foreignKeys.map((k) => ({ ...k, reference: { ...k.reference, resource: k.reference.resource.replace(/_/g, '-') } })) } : {}),
      },
    })),
  };
}

/**
 * The static endpoints' responses: JSON pretty for people or compact for
 * scripts, RIS typed for reference managers, each in UTF-8.
 */
import { describe, expect, test } from 'vitest';
import { jsonResponse } from '../../src/lib/json-response.ts';
import { risResponse } from '../../src/lib/ris-response.ts';

describe('JSON', () => {
  const data = { title: 'Lips and teeth', years: [2018, 2019] };

  test('pretty unless told otherwise: two spaces an indent', async () => {
    const response = jsonResponse(data);
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(await response.text()).toBe('{\n  "title": "Lips and teeth",\n  "years": [\n    2018,\n    2019\n  ]\n}');
  });

  test('compact for files scripts fetch', async () => {
    const response = jsonResponse(data, false);
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(await response.text()).toBe('{"title":"Lips and teeth","years":[2018,2019]}');
  });

  test('text outside ASCII is written as it is, in UTF-8', async () => {
    const bytes = new Uint8Array(await jsonResponse('김정은', false).arrayBuffer());
    expect(bytes).toEqual(new TextEncoder().encode('"김정은"'));
  });
});

describe('RIS', () => {
  test('the body as given, typed as RIS', async () => {
    const body = 'TY  - ELEC\nTI  - Lips and teeth\nER  - \n';
    const response = risResponse(body);
    expect(response.headers.get('Content-Type')).toBe('application/x-research-info-systems; charset=utf-8');
    expect(await response.text()).toBe(body);
  });
});

/** A JSON file for a static endpoint; `pretty` for files people read, compact for ones scripts fetch. */
export function jsonResponse(data: unknown, pretty = true): Response {
  return new Response(JSON.stringify(data, null, pretty ? 2 : undefined), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

/** A RIS file for a static endpoint, typed so browsers hand it to a reference manager or save it. */
export function risResponse(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
}

import { z } from 'astro/zod';
import { text } from './fields.ts';

/**
 * content/allowed-hosts.yaml: the international (xn--) host names a source
 * may use. Such a name can imitate another site letter for letter (a Cyrillic
 * "а" for a Latin "a"), so each is listed on purpose, with why it is right.
 */
export const ALLOWED_HOSTS_FILE = 'content/allowed-hosts.yaml';

export const allowedHostsSchema = z.strictObject({
  hosts: z.array(
    z.strictObject({
      /** The host as a browser sends it: lowercase, in its xn-- (punycode) form. */
      host: z.string({ error: 'host must be text' }).regex(/^[a-z0-9.-]+$/, { error: 'the host is not in its xn-- form; write it lowercase, as the message about the source gives it' }),
      /** Whose site it is, and how that is known. */
      reason: text('reason'),
    }),
  ),
});

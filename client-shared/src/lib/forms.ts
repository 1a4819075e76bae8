import type { UiMessage } from './errors';

/** A form's problems, keyed by input name. */
export type Errors = Record<string, UiMessage>;

/** Collects the non-null results into an Errors map. */
export function collect(checks: Record<string, UiMessage | null>): Errors {
  const out: Errors = {};
  for (const [k, v] of Object.entries(checks)) if (v) out[k] = v;
  return out;
}

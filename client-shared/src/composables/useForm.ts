import { computed, nextTick, ref, type ComputedRef, type Ref } from 'vue';
import { useMessages } from './useMessages';
import { fieldMessagesOf, messageOf, toAppError, type AppError, type UiMessage } from '../lib/errors';
import type { Errors } from '../lib/forms';

/**
 * The error scaffolding every form shares: problems per field, a general problem, and the
 * ErrorSummary at the top that lists them, each linking to its input (GOV.UK / Digital Agency
 * pattern), and takes the focus when they are shown.
 *
 *   const f = useForm({ fields: { email: 'reg-email', … }, label: (field) => t(`register.fields.${field}`) });
 *   const { errors, summary, summaryItems, showSummary, general, err } = f;
 *
 *   <ErrorSummary v-if="showSummary" ref="summary" :items="summaryItems" :general="general" />
 *   <TextField id="reg-email" … :error="err('email')" />   (TextField sets aria-invalid and aria-describedby)
 */
export interface UseFormOptions {
  /** Field name (as the API names it) → id of its input, in on-screen order: the summary's order. */
  fields: Readonly<Record<string, string>>;
  /** The field's name as the summary says it ("Email address: …"). */
  label: (field: string) => string;
}

/** What ErrorSummary exposes. */
export interface SummaryHandle {
  focus: () => void;
}

export interface UseForm {
  /** Problems by field name; only fields of `fields` are shown. */
  errors: Ref<Errors>;
  /** A problem of the whole form (a conflict, a network error), shown at the top of the summary. */
  generalError: Ref<UiMessage | null>;
  /** Bind with ref="summary" on the ErrorSummary. */
  summary: Ref<SummaryHandle | null>;
  /** The summary's links, in on-screen order. */
  summaryItems: ComputedRef<{ id: string; text: string }[]>;
  /** The general problem, translated, for ErrorSummary's `general`. */
  general: ComputedRef<string | undefined>;
  /** Whether there is anything for the summary to say (its v-if). */
  showSummary: ComputedRef<boolean>;
  /** The translated problem of one field, for its input's `error`. */
  err: (field: string) => string | undefined;
  /** Forget every problem (at the start of a submit). */
  clear: () => void;
  /** Forget the problems of some fields (e.g. of inputs that were just hidden). */
  clearFields: (...fields: string[]) => void;
  /** Moves the focus to the summary once it has rendered. */
  focusSummary: () => Promise<void>;
  /** Client-side checks: shows what `collect` found and returns false, or returns true when there is nothing. */
  check: (found: Errors) => Promise<boolean>;
  /** A problem of the whole form. */
  showGeneral: (message: UiMessage) => Promise<void>;
  /**
   * A failed request: the API's field errors go next to their inputs; when none of them, or not
   * all of them, belong to an input of this form, the error's own message is said at the top.
   * `adapt` may rename or rewrite field errors first (e.g. "allowedAddressRanges.0").
   */
  showServerError: (e: unknown, adapt?: (byField: Errors, error: AppError) => Errors) => Promise<AppError>;
}

export function useForm(options: UseFormOptions): UseForm {
  const { fields, label } = options;
  const { tm } = useMessages();

  const errors = ref<Errors>({});
  const generalError = ref<UiMessage | null>(null);
  const summary = ref<SummaryHandle | null>(null);

  const summaryItems = computed(() =>
    Object.keys(fields)
      .filter((f) => errors.value[f])
      .map((f) => ({ id: fields[f]!, text: `${label(f)}: ${tm(errors.value[f])}` })),
  );
  const general = computed(() => (generalError.value ? tm(generalError.value) : undefined));
  const showSummary = computed(() => summaryItems.value.length > 0 || !!generalError.value);
  const err = (field: string) => (errors.value[field] ? tm(errors.value[field]) : undefined);

  function clear() {
    errors.value = {};
    generalError.value = null;
  }

  function clearFields(...names: string[]) {
    const rest = { ...errors.value };
    for (const n of names) delete rest[n];
    errors.value = rest;
  }

  async function focusSummary() {
    await nextTick();
    summary.value?.focus();
  }

  async function check(found: Errors): Promise<boolean> {
    errors.value = found;
    if (!Object.keys(found).length) return true;
    await focusSummary();
    return false;
  }

  async function showGeneral(message: UiMessage) {
    generalError.value = message;
    await focusSummary();
  }

  async function showServerError(e: unknown, adapt?: (byField: Errors, error: AppError) => Errors): Promise<AppError> {
    const appErr = toAppError(e);
    let byField = fieldMessagesOf(appErr);
    if (adapt) byField = adapt(byField, appErr);
    const placed = Object.fromEntries(Object.entries(byField).filter(([f]) => fields[f]));
    errors.value = placed;
    const placedCount = Object.keys(placed).length;
    if (!placedCount || placedCount < Object.keys(byField).length) generalError.value = messageOf(appErr);
    await focusSummary();
    return appErr;
  }

  return {
    errors,
    generalError,
    summary,
    summaryItems,
    general,
    showSummary,
    err,
    clear,
    clearFields,
    focusSummary,
    check,
    showGeneral,
    showServerError,
  };
}

import { onBeforeUnmount, ref, type Ref } from 'vue';

/** Below this width a list shows as cards instead of a table (the columns would not fit). */
export const PHONE_MAX_WIDTH = 767;

/** True at phone width; follows the window as it is resized or rotated. */
export function useIsPhone(): Ref<boolean> {
  const query = window.matchMedia(`(max-width: ${PHONE_MAX_WIDTH}px)`);
  const phone = ref(query.matches);
  const update = (e: MediaQueryListEvent) => (phone.value = e.matches);
  query.addEventListener('change', update);
  onBeforeUnmount(() => query.removeEventListener('change', update));
  return phone;
}

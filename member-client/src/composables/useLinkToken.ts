import { onMounted, ref, watch, type Ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';

/**
 * The one-time token of a mailed link (…/reset-password#<token>). It sits in the URL fragment,
 * which the browser never sends to the server (nor in a Referer). It is read, then dropped
 * from the address bar and the history, so it does not linger where others may see it; the
 * page keeps it in memory until it has been used. Another link opened in the same tab changes
 * only the fragment (the page stays loaded): `onNewToken` is then called with its token.
 */
export function useLinkToken(onNewToken?: (token: string) => void): Ref<string> {
  const route = useRoute();
  const router = useRouter();
  const token = ref(window.location.hash.slice(1).trim());

  function dropFromAddressBar() {
    if (window.location.hash) void router.replace({ path: route.path, query: route.query, hash: '' });
  }

  onMounted(dropFromAddressBar);
  watch(
    () => route.hash,
    (hash) => {
      const next = hash.slice(1).trim();
      if (!next || next === token.value) return;
      token.value = next;
      dropFromAddressBar();
      onNewToken?.(next);
    },
  );
  return token;
}

import { createApp, h, provide, type Component, type Plugin } from 'vue';
import type { Router } from 'vue-router';
import type { ApolloClient } from '@apollo/client/core';
import { DefaultApolloClient, provideApolloClient } from '@vue/apollo-composable';

export interface StartAppOptions<TCacheShape> {
  root: Component;
  apolloClient: ApolloClient<TCacheShape>;
  /** The client's createAppI18n() result. */
  i18n: Plugin;
  router: Router;
}

/** Mounts a client on #app once the first navigation has resolved. */
export function startApp<TCacheShape>({ root, apolloClient, i18n, router }: StartAppOptions<TCacheShape>): void {
  // Also register globally so composables work outside component setup (e.g. in guards).
  provideApolloClient(apolloClient);

  const app = createApp({
    setup() {
      provide(DefaultApolloClient, apolloClient);
    },
    render: () => h(root),
  });

  app.use(i18n);
  app.use(router);
  void router.isReady().then(() => app.mount('#app'));
}

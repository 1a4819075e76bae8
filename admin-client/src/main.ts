import { createApp, h, provide } from 'vue';
import { DefaultApolloClient, provideApolloClient } from '@vue/apollo-composable';
import App from './App.vue';
import { apolloClient } from './apollo';
import { i18n } from './i18n';
import { router } from './router';
import './styles.css';

// Also register globally so composables work outside component setup (e.g. in guards).
provideApolloClient(apolloClient);

const app = createApp({
  setup() {
    provide(DefaultApolloClient, apolloClient);
  },
  render: () => h(App),
});

app.use(i18n);
app.use(router);
void router.isReady().then(() => app.mount('#app'));

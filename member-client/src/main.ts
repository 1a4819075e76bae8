import { startApp } from '@college-portal/client-shared/app';
import App from './App.vue';
import { apolloClient } from './apollo';
import { i18n } from './i18n';
import { router } from './router';
import './styles.css';

// A remembered English choice loads its messages first, so the first paint is already in English.
void i18n.ready.then(() => startApp({ root: App, apolloClient, i18n, router }));

import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// The API is served by the Node server on :4000; in development Vite proxies to it so the
// client can always call the same-origin path /graphql.
const api = { '/graphql': { target: 'http://localhost:4000', changeOrigin: true } };

export default defineConfig({
  base: '/admin/',
  plugins: [vue()],
  define: {
    // vue-i18n feature flags: composition API only, no devtools in production bundles.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __VUE_PROD_DEVTOOLS__: false,
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
  },
  server: { port: 5174, proxy: api },
  preview: { port: 4174, proxy: api },
  build: { outDir: 'dist', emptyOutDir: true },
});

import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';

// The API is served by the Node server on :4000; in development Vite proxies to it so the
// client can always call the same-origin path /graphql.
const api = { '/graphql': { target: 'http://localhost:4000', changeOrigin: true } };

export default defineConfig({
  base: '/admin/',
  plugins: [
    vue(),
    // element-plus on demand: each <el-*> used in a template is imported with its own CSS, so the
    // console's initial JS holds only what the first screen needs (routes are lazy too).
    Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: 'src/components.d.ts', dirs: [] }),
  ],
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

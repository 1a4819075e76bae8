import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';

// The API is served by the Node server on :4000; in development Vite proxies to it so the
// client can always call the same-origin path /graphql.
const api = { '/graphql': { target: 'http://localhost:4000', changeOrigin: true } };

/** The member portal's budget for what the first page load must download before it can run. */
const INITIAL_JS_BUDGET_KB = 150;

/**
 * Prints the initial JS (the entry chunk and the chunks it imports statically, i.e. what
 * index.html loads and modulepreloads), gzipped, and fails the build above the budget.
 */
function initialJsBudget(): Plugin {
  return {
    name: 'initial-js-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map(Object.values(bundle).flatMap((o) => (o.type === 'chunk' ? [[o.fileName, o] as const] : [])));
      const seen = new Set<string>();
      const visit = (name: string) => {
        if (seen.has(name)) return;
        seen.add(name);
        for (const dep of chunks.get(name)?.imports ?? []) visit(dep);
      };
      for (const c of chunks.values()) if (c.isEntry) visit(c.fileName);
      const bytes = [...seen].reduce((sum, name) => sum + gzipSync(chunks.get(name)!.code, { level: 9 }).length, 0);
      const kb = bytes / 1024;
      const line = `initial JS (entry + modulepreloads, ${seen.size} files): ${kb.toFixed(1)} KB gzip (budget ${INITIAL_JS_BUDGET_KB} KB)`;
      if (kb > INITIAL_JS_BUDGET_KB) this.error(line);
      console.log(`\n  member-client ${line}`);
    },
  };
}

export default defineConfig({
  base: '/',
  plugins: [vue(), initialJsBudget()],
  define: {
    // vue-i18n feature flags: composition API only, no devtools in production bundles.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __VUE_PROD_DEVTOOLS__: false,
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
  },
  server: { port: 5173, proxy: api },
  preview: { port: 4173, proxy: api },
  build: { outDir: 'dist', emptyOutDir: true },
});

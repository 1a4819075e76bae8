/// <reference types="vite/client" />
// Ambient types for the clients and this package; each client's tsconfig includes this file.

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}

interface ImportMetaEnv {
  /** Override the API endpoint; defaults to the same-origin /graphql. */
  readonly VITE_GRAPHQL_URL?: string;
}

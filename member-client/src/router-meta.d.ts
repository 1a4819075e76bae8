import 'vue-router';

declare module 'vue-router' {
  interface RouteMeta {
    requiresAuth?: boolean;
    /** Shown even while the account has something pending (confirming its email address). */
    allowWhilePending?: boolean;
  }
}

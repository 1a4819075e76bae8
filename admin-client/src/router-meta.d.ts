import 'vue-router';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without a session (the login page). */
    public?: boolean;
    /**
     * Permission code the page needs, e.g. "catalog:manage"; with a list, any one of them
     * (the page then shows only the parts the codes allow).
     */
    permission?: string | readonly string[];
    /** A step the account must take before anything else (route guard: auth/pending.ts). */
    pending?: boolean;
  }
}

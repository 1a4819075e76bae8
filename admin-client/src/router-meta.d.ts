import 'vue-router';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without a session (the login page). */
    public?: boolean;
    /** Permission code the page needs, e.g. "catalog:manage". */
    permission?: string;
  }
}

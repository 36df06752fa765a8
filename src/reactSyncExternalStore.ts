// What wouter gets instead of the `use-sync-external-store` shim, in the build only (vite.config.ts,
// STAND_INS; unit tests run the real one). The shim is for React before 18: on a React that has the hook,
// it hands back React's own, but its fallback (0.24 kB gzip) still came in the first draw's script.
export { useSyncExternalStore } from "react";

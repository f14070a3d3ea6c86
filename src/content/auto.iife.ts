import { startAutoOpen } from './auto-open';

type Flagged = typeof globalThis & { lisibleAutoOpen?: boolean };

// Registered after index.iife.ts, which does the reading; this only decides when to ask for the view.
if (!(globalThis as Flagged).lisibleAutoOpen) {
  (globalThis as Flagged).lisibleAutoOpen = true;
  startAutoOpen(window);
}

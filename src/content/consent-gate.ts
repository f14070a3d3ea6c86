import { handleConsent } from '../core/consent';

const WATCH_MS = 6000;

/**
 * Deals with the consent prompt before anything is read or shown. A user action
 * while the engine still watches reuses that run (restarting it could cut a
 * two-layer refusal in half); a later action runs it again.
 */
export class ConsentGate {
  private run: Promise<unknown> | null = null;
  private startedAt = 0;

  constructor(private readonly win: Window) {}

  ready(): Promise<unknown> {
    if (!this.run || Date.now() - this.startedAt > WATCH_MS) {
      this.startedAt = Date.now();
      // A failure of the consent engine must not stop reading the article.
      this.run = handleConsent(this.win, { watchMs: WATCH_MS }).catch(() => null);
    }
    return this.run;
  }
}

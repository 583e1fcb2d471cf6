// An update from a screen that comes a moment before the changes it builds on. A screen that
// reconnects after editing offline sends what the server lacks in its sync step 2, in answer to
// the server's step 1; an edit made in that moment can arrive first. Such an update waits on its
// connection (bounded, and never in the document) until the screen's step 2 is in; one that still
// builds on changes the server never received is then refused, as is one held for too long.
import { SchemaViolation } from '../../board/validation.ts';
import { BUILDS_ON_MISSING, buildsOnMissing } from './missing-changes.ts';
import { isEmptyUpdate } from './protocol.ts';
import type { SharedDocument } from './shared-document.ts';

/** Updates one connection may have waiting, and their bytes. */
export const MAX_HELD_UPDATES = 16;
export const MAX_HELD_BYTES = 1024 * 1024;
/** How long an update may wait for the screen's sync step 2 (which comes within a round trip). */
export const HOLD_MS = 5_000;

export class HeldUpdates {
  private held: Uint8Array[] = [];
  private bytes = 0;
  private stepTwoIn = false;
  private timer?: NodeJS.Timeout;

  /**
   * @param apply hands an update to the document (which checks it against the schema)
   * @param onExpired the held updates waited too long: the screen is to be refused
   */
  constructor(
    private readonly apply: (update: Uint8Array, document: SharedDocument) => void,
    private readonly onExpired: () => void,
  ) {}

  /**
   * A screen's update, or its sync step 2: applied now (the document refuses one that still
   * builds on something missing) or, before the step 2 is in, held.
   */
  receive(update: Uint8Array, isStepTwo: boolean, document: SharedDocument): void {
    if (!this.stepTwoIn && !isStepTwo && buildsOnMissing(update, document.doc)) {
      this.hold(update);
      return;
    }
    if (!isEmptyUpdate(update)) this.apply(update, document);
    if (isStepTwo) this.stepTwoIn = true;
    this.release(document);
  }

  /** The connection closed: nothing it held is wanted any more. */
  clear(): void {
    clearTimeout(this.timer);
    this.held = [];
    this.bytes = 0;
  }

  private hold(update: Uint8Array): void {
    if (this.held.length >= MAX_HELD_UPDATES || this.bytes + update.byteLength > MAX_HELD_BYTES)
      throw new SchemaViolation(BUILDS_ON_MISSING);
    this.held.push(update);
    this.bytes += update.byteLength;
    this.timer ??= setTimeout(() => {
      if (this.held.length > 0) this.onExpired();
    }, HOLD_MS);
    this.timer.unref();
  }

  /**
   * Applies, in order, what no longer builds on anything missing; once the step 2 is in, all of
   * it (what still builds on something missing is then refused by the document).
   */
  private release(document: SharedDocument): void {
    while (this.held.length > 0 && !document.busy) {
      const index = this.stepTwoIn
        ? 0
        : this.held.findIndex((update) => !buildsOnMissing(update, document.doc));
      if (index < 0) return;
      const [update] = this.held.splice(index, 1);
      this.bytes -= update!.byteLength;
      this.apply(update!, document);
    }
    if (this.held.length === 0) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
  }
}

// Answers to a screen's sync step 1 (the whole board it lacks, possibly megabytes). A request
// repeated while the board has not changed gets no second answer; requests that arrive while an
// answer waits for the store are folded into one (the latest); and a screen that asks again
// before it has read the last answer is let go. Screens asking with the same state vector while
// the board stays the same share one answer (answer-cache.ts).
import { syncAnswerFor } from './answer-cache.ts';
import { type Outbox, SlowReader } from './outbox.ts';
import type { Peer } from './peer.ts';
import type { SharedDocument } from './shared-document.ts';

export class SyncAnswers {
  /** The board's version and state vector of the request answered last. */
  private answered?: string;
  /** The latest request not answered yet. */
  private asked?: Uint8Array;
  private answering = false;

  constructor(
    private readonly peer: Peer,
    private readonly outbox: Outbox,
  ) {}

  request(stateVector: Uint8Array, document: SharedDocument): void {
    const key = `${document.version}:${Buffer.from(stateVector).toString('base64')}`;
    if (key === this.answered) return; // nothing changed: the last answer still holds
    if (this.outbox.backedUp)
      throw new SlowReader('asked for the board again before reading the last answer');
    this.answered = key;
    this.asked = stateVector;
    if (!this.answering) this.answerNext(document);
  }

  private answerNext(document: SharedDocument): void {
    const stateVector = this.asked;
    this.asked = undefined;
    this.answering = stateVector !== undefined;
    if (!stateVector || this.peer.isClosed) return;
    const busy = document.busy;
    if (busy) {
      // The board holds a refused change until it is read again: answer from what it becomes.
      this.asked ??= stateVector;
      void busy.then(() => this.answerNext(document));
      return;
    }
    const answer = syncAnswerFor(document, stateVector);
    // Sent once what it holds is stored, so a new screen is never shown what a crash takes back.
    document.afterStored(() => {
      this.peer.send(answer);
      this.answerNext(document);
    });
  }
}

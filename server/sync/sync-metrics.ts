// What the sync core reports as it works, for /metrics (server/metrics/): plain calls on the
// path of every edit, so an implementation only bumps counters and histograms.

export interface SyncMetrics {
  /** A screen's update passed the board's schema and was queued to be stored. */
  updateAccepted(): void;
  /** A screen's update was refused, and why (a close reason, or 'ReadOnly'). */
  updateRefused(reason: string): void;
  /** One write of the store (a group commit of accepted updates) took this many seconds. */
  storeWrite(seconds: number): void;
  /** An update accepted this many seconds ago was stored and sent on to the other screens. */
  relayed(seconds: number): void;
}

/** For a registry nobody watches (the command line, tests of the core). */
export const NO_SYNC_METRICS: SyncMetrics = {
  updateAccepted: () => undefined,
  updateRefused: () => undefined,
  storeWrite: () => undefined,
  relayed: () => undefined,
};

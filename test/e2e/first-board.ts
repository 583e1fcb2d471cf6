// In the page, before its own scripts (page.addInitScript): notes when a chore first shows on a
// screen's board, and how the screen was then — whether the app was not yet touchable (`inert`,
// while it draws from its plain copy: ui/plain-copy.ts; or the wall's last look, kept as HTML:
// kiosk/wall-copy.ts) and what its live status said. Every open
// shadow root is walked each frame, as the bench does.

/** What `noteBoardShown` leaves on the page's window. */
export interface BoardShown {
  /** By the device's clock (Date.now), which the tests may move. */
  boardShownAt?: number;
  /** By the page's own clock (performance.now), as resource timings and marks are. */
  boardShownOnPage?: number;
  /** The screen's app (hb-kiosk or hb-phone-app) was inert then. */
  boardShownInert?: boolean;
  /** The live status's data-state then. */
  boardShownState?: string | null;
}

export function noteBoardShown(title: string) {
  // One frame at a time, with no named helper: tsx (the bench) would wrap one in a function the
  // page lacks.
  void (async () => {
    for (;;) {
      await new Promise((frame) => requestAnimationFrame(frame));
      const roots: Array<Document | ShadowRoot> = [document];
      let shown = false;
      let state: string | null = null;
      for (let i = 0; i < roots.length; i++) {
        for (const element of roots[i]?.querySelectorAll('*') ?? []) {
          if (element.shadowRoot) roots.push(element.shadowRoot);
          const testid = element.getAttribute('data-testid');
          if (testid === 'live-status' && state === null)
            state = element.getAttribute('data-state');
          if (testid === 'chore-tick' && element.textContent?.includes(title)) shown = true;
        }
      }
      if (!shown) continue;
      const noted = window as BoardShown;
      noted.boardShownInert = !!document.querySelector(
        'hb-kiosk[inert], hb-phone-app[inert], [data-wall-copy][inert]',
      );
      noted.boardShownState = state;
      // The time is read once this frame is painted, not as it starts: a board put up by HTML
      // (the wall's last look) is laid out and painted after this callback, not before it.
      await new Promise((after) => setTimeout(after, 0));
      noted.boardShownAt = Date.now();
      noted.boardShownOnPage = performance.now();
      return;
    }
  })();
}

/** What `noteBoardShown` noted, once the board has shown (run in the page). */
export function boardShown(): BoardShown {
  const noted = window as BoardShown;
  return {
    boardShownAt: noted.boardShownAt,
    boardShownOnPage: noted.boardShownOnPage,
    boardShownInert: noted.boardShownInert,
    boardShownState: noted.boardShownState,
  };
}

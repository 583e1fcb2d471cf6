// Registers the phone app's service worker, which browsers allow only in a secure context
// (https, or localhost). Over plain http on a house network the app works without it; the Admin
// tab says why phones cannot install the board there.

/** Whether phones can install this board and open it with no connection. */
export function canInstall(): boolean {
  return globalThis.isSecureContext === true && 'serviceWorker' in navigator;
}

export function registerServiceWorker(): void {
  if (!canInstall()) return;
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
    // Without it the board still works online; the next start tries again.
  });
}

// The phone app's service worker: keeps this build's app shell (the page, its scripts and styles,
// the manifest and icons) so the board opens with no connection, from the copy y-indexeddb keeps.
// Each build has its own cache and deletes the ones before it. The API, the sync socket and
// socket.io always go to the network and are never kept.
//
// Built on its own by client/install/install-plugin.ts, which puts this build's cache name and
// file list in place of the two constants below.

declare const CACHE_NAME: string;
declare const SHELL_FILES: string[];

/** The few parts of the service worker scope this file uses (the DOM lib has no worker types). */
interface ExtendableEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  readonly location: Location;
}

const scope = self as unknown as WorkerScope;
const CACHE_PREFIX = 'houseboard-';
/** The page every phone address (/, /join, /admin) serves; the app reads the rest itself. */
const SHELL_PAGE = '/';
const PHONE_PAGES = new Set(['/', '/join', '/admin']);
/** Never answered from a cache: what the server says now is the whole point of these. */
const NETWORK_ONLY = [/^\/api(\/|$)/, /^\/sync(\/|$)/, /^\/socket\.io(\/|$)/, /^\/healthz$/];

scope.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE_NAME)
      .then((cache) => cache.addAll(SHELL_FILES))
      .then(() => scope.skipWaiting()),
  );
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => scope.clients.claim()),
  );
});

/** The network's answer; the kept shell page when the network cannot be reached. */
async function pageOrShell(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const kept = await caches.match(SHELL_PAGE, { cacheName: CACHE_NAME });
    if (kept) return kept;
    throw error;
  }
}

/** Built files never change under one name: the kept copy, else the network's. */
async function keptOrNetwork(request: Request): Promise<Response> {
  return (await caches.match(request, { cacheName: CACHE_NAME })) ?? fetch(request);
}

scope.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.location.origin) return;
  if (NETWORK_ONLY.some((path) => path.test(url.pathname))) return;
  if (request.mode === 'navigate') {
    if (PHONE_PAGES.has(url.pathname)) event.respondWith(pageOrShell(request));
    return;
  }
  if (SHELL_FILES.includes(url.pathname)) event.respondWith(keptOrNetwork(request));
});

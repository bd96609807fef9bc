// Pingfen's service worker: after the first visit, the app works with no network at all.
//
// The build (`pingfen stage`) fills in the version and the list of files, every one under a
// content-hashed name, so a new version is a new list: installing it caches the new files
// beside the old ones, and the page offers "Update available — reload" until the person
// takes it. Nothing is fetched from anywhere but this site.

const VERSION = "__PINGFEN_VERSION__";
const FILES = __PINGFEN_FILES__;
const CACHE = `pingfen-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("pingfen-") && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// The page asks for the waiting version when the person chooses to reload.
self.addEventListener("message", (event) => {
  if (event.data === "pingfen-update") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  // Every page of the app is the one page: offline, a navigation gets the cached index; the
  // local judge's bridge (a frame with a page of its own) gets itself.
  const bridge = new URL(request.url).pathname.endsWith("/judge-bridge.html");
  const key = request.mode === "navigate" && !bridge ? "./" : request;
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(key, { ignoreSearch: true }).then((cached) => cached || fetch(request)),
    ),
  );
});

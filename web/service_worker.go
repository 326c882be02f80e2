//go:build !wasm

package main

// serviceWorkerJS replaces go-app's default service worker, which answers
// from its cache first and so keeps serving a stale app.wasm after a
// rebuild. This one goes to the network first for everything (revalidating
// with the server, bypassing the HTTP cache's freshness), caches what it
// gets, and answers from the cache only when the network fails: the page
// works offline after a first visit and a rebuild is seen on the next
// reload. Paths are relative to the worker's own URL, so the site also
// works under a sub-path. {{.Version}} is a hash of the built files.
const serviceWorkerJS = `// Playground service worker: network first, cache as offline fallback.
const cacheName = "nnplay-{{.Version}}";
const precache = [
  "./", "./app.js", "./app.css", "./wasm_exec.js", "./manifest.webmanifest",
  "./web/app.wasm", "./web/trainer.wasm", "./web/checker.wasm", "./web/wasm_exec.js", "./web/worker.js", "./web/lessons.json",
  "./web/style.css", "./web/glue.js", "./web/icon.svg", "./web/icon-192.png", "./web/icon-512.png",
];

self.addEventListener("install", (event) => {
  self.skipWaiting();
  event.waitUntil(
    caches.open(cacheName).then((cache) =>
      Promise.all(precache.map((url) =>
        cache.add(new Request(url, { cache: "no-cache" })).catch(() => {})
      ))
    )
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== cacheName).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET" || new URL(req.url).origin !== self.location.origin) {
    return;
  }
  const fresh = req.mode === "navigate" ? req : new Request(req, { cache: "no-cache" });
  event.respondWith(
    fetch(fresh)
      .then((res) => {
        if (res.ok && res.type === "basic") {
          const copy = res.clone();
          caches.open(cacheName).then((cache) => cache.put(req, copy));
        }
        return res;
      })
      .catch(() =>
        caches.match(req, { ignoreSearch: true }).then((hit) =>
          hit || (req.mode === "navigate" ? caches.match("./") : Response.error())
        )
      )
  );
});
`

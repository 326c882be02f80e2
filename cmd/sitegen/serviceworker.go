package main

import (
	"bytes"
	"encoding/json"
	"text/template"
)

// serviceWorkerTemplate is app-worker.js, the playground's service worker.
// A content-hashed file (its name has a dot-separated run of 8 or more hex
// digits, as serve.go reads it) never changes: it is answered from the
// cache first, and fetched and cached when missing. Everything else
// (index.html, the manifest, the icons) goes to the network first,
// revalidating with the server, and to the cache only when the network
// fails: the page works offline after a first visit, and a rebuild (new
// index.html naming new files) is seen on the next reload. Paths are
// relative to the worker's own URL, so the site also works under a
// sub-path. The cache's name holds the build's version: a new build's
// worker drops the old caches when it activates.
var serviceWorkerTemplate = template.Must(template.New("sw").Parse(`// Playground service worker (cmd/sitegen): hashed files from the cache, the rest network first.
const cacheName = "nnplay-{{.Version}}";
const precache = {{.Precache}};
const hashed = /\.[0-9a-f]{8,}\.[A-Za-z0-9]+$/;

self.addEventListener("install", (event) => {
  self.skipWaiting();
  event.waitUntil(
    caches.open(cacheName).then((cache) =>
      Promise.all(precache.map((url) =>
        cache.add(hashed.test(url) ? url : new Request(url, { cache: "no-cache" })).catch(() => {})
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

function fromNetwork(req, fresh) {
  return fetch(fresh).then((res) => {
    if (res.ok && res.type === "basic") {
      const copy = res.clone();
      caches.open(cacheName).then((cache) => cache.put(req, copy));
    }
    return res;
  });
}

self.addEventListener("fetch", (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== "GET" || url.origin !== self.location.origin) {
    return;
  }
  if (hashed.test(url.pathname)) {
    event.respondWith(
      caches.match(req, { ignoreSearch: true }).then((hit) => hit || fromNetwork(req, req))
    );
    return;
  }
  const fresh = req.mode === "navigate" ? req : new Request(req, { cache: "no-cache" });
  event.respondWith(
    fromNetwork(req, fresh).catch(() =>
      caches.match(req, { ignoreSearch: true }).then((hit) =>
        hit || (req.mode === "navigate" ? caches.match("./") : Response.error())
      )
    )
  );
});
`))

// serviceWorkerJS returns app-worker.js for the build version whose
// hashed assets are paths (relative to the site's root).
func serviceWorkerJS(version string, paths []string) ([]byte, error) {
	pre := []string{"./", "./manifest.webmanifest", "./web/icon.svg", "./web/icon-192.png", "./web/icon-512.png"}
	for _, p := range paths {
		pre = append(pre, "./"+p)
	}
	list, err := json.MarshalIndent(pre, "", "  ")
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	err = serviceWorkerTemplate.Execute(&b, map[string]any{"Version": version, "Precache": string(list)})
	return b.Bytes(), err
}

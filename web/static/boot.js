// The playground's start, run by index.html before anything else (a small
// script in <head>; cmd/sitegen writes self.nnAssets above this line: each
// file's content-hashed path relative to the page). It
//   - starts the trainer's Web Worker at once, so that trainer.wasm loads
//     and compiles while app.wasm does (the page takes it over: web/boot.go);
//   - compiles app.wasm while it downloads (WebAssembly.compileStreaming on
//     a plain fetch, so that the browser keeps the compiled code for the
//     next visit), and runs it once wasm_exec.js is there;
//   - keeps a click on Train (or the space key) made before app.wasm runs:
//     the page trains as soon as the data is loaded;
//   - registers the service worker once the page has loaded, so that its
//     precaching does not compete with the first visit.
// go-app's app.js is not used: goappGetenv is defined here.
'use strict';
(() => {
  const assets = self.nnAssets || {};
  const url = (name) => new URL(assets[name] || 'web/' + name, document.baseURI).href;
  const boot = self.nnBoot = {queue: [], train: false, running: false, trainer: null};

  const env = self.nnEnv || {};
  self.goappGetenv = (k) => env[k];

  try {
    const w = new Worker(url('worker.js'), {name: 'trainer'});
    // The marks (performance.mark, "nn:…") time the start-up: make bench-browser reads them.
    w.addEventListener('message', () => performance.mark('nn:trainer-first-message'), {once: true});
    w.onmessage = (e) => { boot.queue.push(e); };
    w.onerror = (e) => { boot.queue.push(e); };
    boot.trainer = w;
    // A first visit (no link, nothing saved, English): the page's first
    // commands (cmd/sitegen encodes them: web.FirstVisitCommands) go now,
    // so that the trainer builds the first data set while app.wasm
    // compiles; the page does not send them again.
    let first = false;
    try {
      const lang = localStorage.getItem('nnplay-lang');
      first = !location.hash && localStorage.getItem('nnplay-session') === null && (lang === null || lang === 'en');
    } catch (e) {}
    if (first && Array.isArray(self.nnFirst)) {
      boot.sent = self.nnFirst.map((b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
      for (const m of boot.sent) w.postMessage(m.slice());
    }
  } catch (e) {
    // The page starts its own (and says why it cannot).
  }

  // compile: app.wasm's module, compiled as it streams in; from its bytes
  // when the server does not send application/wasm.
  const compile = async () => {
    const resp = fetch(url('app.wasm'));
    if (WebAssembly.compileStreaming) {
      try {
        const m = await WebAssembly.compileStreaming(resp);
        performance.mark('nn:app.wasm-compiled');
        return m;
      } catch (e) {
        // fall through: compile from the bytes
      }
    }
    const r = await fetch(url('app.wasm'));
    if (!r.ok) throw new Error('app.wasm: HTTP ' + r.status);
    return WebAssembly.compile(await r.arrayBuffer());
  };
  const module = compile();
  module.catch(() => {}); // reported by run

  const say = (text) => {
    const p = document.getElementById('app-loading');
    if (p) p.textContent = text;
  };
  const run = async () => {
    if (typeof Go !== 'function') throw new Error('wasm_exec.js did not load');
    const go = new Go();
    const instance = await WebAssembly.instantiate(await module, go.importObject);
    performance.mark('nn:app.wasm-run');
    go.run(instance);
  };
  document.addEventListener('DOMContentLoaded', () => {
    run().catch((e) => say('The playground could not start: ' + (e && e.message ? e.message : e)));
  });

  // Train before the page runs: kept until app.wasm takes over (boot.running).
  const asked = () => {
    boot.train = !boot.train;
    const b = document.getElementById('train');
    if (b) b.setAttribute('aria-pressed', String(boot.train));
  };
  addEventListener('click', (e) => {
    if (!boot.running && e.target instanceof Element && e.target.closest('#train')) asked();
  }, true);
  addEventListener('keydown', (e) => {
    const t = e.target;
    if (boot.running || e.key !== ' ' || e.repeat) return;
    if (t instanceof Element && t.closest('input, textarea, select, button, summary, a, [contenteditable]')) return;
    e.preventDefault();
    asked();
  }, true);

  if ('serviceWorker' in navigator) {
    addEventListener('load', () => {
      setTimeout(() => {
        navigator.serviceWorker.register(new URL('app-worker.js', document.baseURI).href).catch((e) => {
          console.error('the service worker could not be registered', e);
        });
      }, 1000);
    });
  }
})();

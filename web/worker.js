// The trainer's Web Worker: it loads Go's wasm_exec.js and trainer.wasm from
// this script's own folder (started by web/static/boot.js, or by the page) and runs the trainer, which answers the page's
// commands with reports: core/wire messages in Uint8Arrays whose buffers
// are transferred (wasm/doc.go).
//
// Started as the tools worker (by the page, for links, files, exercise codes,
// lessons and checks) it runs checker.wasm instead (wasm/checker): exercise
// codes are re-trained there, on their own thread, so the trainer stays
// small and keeps answering meanwhile.
'use strict';

const params = new URL(self.location.href).searchParams;
// The mode comes from the worker's name (new Worker(url, {name: 'tools'})):
// offline, the service worker answers with the cached worker.js, whose URL
// has no query, and a worker's self.location is its response's URL.
const checkerMode = self.name === 'tools' || params.has('tools');
// cmd/sitegen writes self.nnAssets above this script: the content-hashed
// names of the files it loads, relative to its own folder.
const asset = (name) => (self.nnAssets && self.nnAssets[name]) || name;
const binary = asset(checkerMode ? 'checker.wasm' : 'trainer.wasm');

// Commands posted before the Go program is running wait here; it takes them
// over when it installs its own onmessage handler.
self.trainerQueue = [];
self.onmessage = (e) => { self.trainerQueue.push(e.data); };

// fail tells the page that the worker itself failed: the one message that is
// a string, which the page turns into its protocol's error.
function fail(what, err) {
  self.postMessage((checkerMode ? 'checker: ' : 'trainer: ') + what + ': ' + err);
}

(async () => {
  try {
    importScripts(asset('wasm_exec.js'));
    const go = new Go();
    const url = new URL(binary, self.location.href);
    let result;
    try {
      result = await WebAssembly.instantiateStreaming(fetch(url), go.importObject);
    } catch (e) {
      // A server that does not send application/wasm: compile from bytes.
      const resp = await fetch(url);
      if (!resp.ok) throw new Error(url + ': HTTP ' + resp.status);
      result = await WebAssembly.instantiate(await resp.arrayBuffer(), go.importObject);
    }
    await go.run(result.instance);
    fail('stopped', 'the Go program exited');
  } catch (e) {
    fail('cannot start', e && e.message ? e.message : e);
  }
})();

// The trainer's Web Worker: it loads Go's wasm_exec.js and trainer.wasm from
// this script's own folder and runs the trainer, which answers the page's
// Command JSON strings with Report JSON strings (core/session/protocol.go,
// wasm/doc.go).
'use strict';

// Commands posted before the trainer is running wait here; the trainer takes
// them over when it installs its own onmessage handler.
self.trainerQueue = [];
self.onmessage = (e) => { self.trainerQueue.push(e.data); };

function fail(what, err) {
  self.postMessage(JSON.stringify({kind: 'error', error: 'trainer: ' + what + ': ' + err, running: false}));
}

(async () => {
  try {
    importScripts('wasm_exec.js');
    const go = new Go();
    const url = new URL('trainer.wasm', self.location.href);
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

// Command wasm is the playground's trainer: core/ compiled to WebAssembly
// and run in a Web Worker (web/worker.js), so that training never blocks the
// page. It holds one session (data, network, trainer), answers the page's
// commands and posts snapshots while it trains. It does no calculus of its
// own: every number comes from core.
//
// Build it with
//
//	GOOS=js GOARCH=wasm go build -o site/web/trainer.wasm ./wasm
//
// and serve trainer.wasm, Go's wasm_exec.js and worker.js from one folder.
// The page starts it with new Worker(".../web/worker.js").
//
// # Messages
//
// The page posts session.Command values as JSON strings (an object is
// accepted too) and receives session.Report values as JSON strings; see
// core/session/protocol.go. Commands posted before the WebAssembly is
// running are queued by worker.js and handled in order.
//
//	page                                   worker
//	{"op":"load","settings":{…}}      →    {"kind":"loaded","summary":…,"history":[epoch 0],"net":…,"heatmap":…}
//	                                       or {"kind":"error","error":"data: line 3, column 2: …","line":3,"column":2}
//	                                          (the previous session stays loaded)
//	{"op":"train"}                    →    {"kind":"snapshot","running":true,"history":[…],"net":…} about every 33 ms
//	{"op":"pause"}                    →    {"kind":"snapshot","running":false,…} (the final one)
//	{"op":"step","steps":N}           →    after N epochs (default 1), a snapshot with running false;
//	                                          a long step also posts snapshots with running true
//	{"op":"load","settings":{…},"params":[…]}
//	                                  →    the same, starting from the weights params (nn.Network.Params order)
//	{"op":"reset"}                    →    {"kind":"loaded",…}: the same settings and params, so the same start
//	{"op":"set-weight","layer":l,"to":j,"from":i,"value":v}
//	{"op":"set-bias","layer":l,"to":j,"value":v}
//	                                  →    a snapshot with the edited network
//	{"op":"speed","speed":E}          →    nothing; at most E epochs per second (0 = as fast as possible)
//	{"op":"show-test","flag":true}    →    a snapshot whose heatmap includes the test points
//	{"op":"model"}                    →    {"kind":"model","data":"{…}"}: the trained model's JSON
//	                                          (nn.Model, exactly as json.Marshal writes it; nn.ReadModel reads it)
//	{"op":"predictions"}              →    {"kind":"predictions","data":"x,y,actual,predicted,p_a,p_b\n…"}
//	{"op":"check",…}                  →    an error: checks run in the tools worker (see below)
//
// Model and predictions leave the history for the next snapshot and do not
// stop training. Predictions are CSV in nn.AppendPredictionsCSV's columns,
// the same as `nnplay predict` writes (encoding/csv quoting, formulas
// escaped for spreadsheets): the table's columns but the target, as the
// table has them, actual and predicted (class names, or target values in
// raw units), and for classification one p_<class> probability per class;
// one row per test row, or per training row when there is no test split,
// in table order.
//
// # Checking exercise codes
//
// Op check re-trains every completion code (core/exercise), which needs
// core/exercise and core/link, and with them encoding/json, crypto/sha256
// and compress/flate: 0.23 MB gzipped that would put trainer.wasm at 1.3 MB.
// It therefore runs in a second binary, wasm/checker (checker.wasm beside
// trainer.wasm), which the page starts as its tools worker and sends checks
// to directly. Checks thus run on their own thread: training and pause are
// answered meanwhile, and the loaded session is not touched. The checker
// posts one report of kind "check" per non-blank code, whose Data is the
// JSON array of results so far
//
//	[{"name":"Ana","accepted":true,"epoch":57,"claimed":0.93,"metric":0.93,"reason":""},…]
//
// with null for a number that was not computed, or one report of kind
// "error" for a bad exercise link.
//
// Running is true while the worker has epochs to train (training, or the
// rest of a step), so the last report of any run has running false.
// History holds every epoch's nn.Stats since the previous report, oldest
// first, so the page's loss chart misses none. Net is the newest network.
// Heatmap (data with two raw features), Confusion (classification) and
// Scatter (regression: actual, predicted) are included in every loaded,
// final, step and edit report, and in running snapshots as long as they
// take less than a tenth of the time. The heatmap's training and test
// points (about half of a report) are left out (null) of running snapshots
// once sent; a load, a reset and show-test send them again, and the page
// keeps the last ones.
//
// Overfitting is set while core/nn's OverfitWatch reports it: over the last
// 20 epochs the least-squares line through the test loss rises (by at least
// 0.5 % of its mean to raise the notice, by anything to keep it) and the one
// through the train loss does not rise a quarter as much; or the test loss
// stands 20 % above its minimum while the train loss is below its value
// then. It needs a test split.
//
// When an epoch produces a NaN or infinite value, training stops and the
// report has Diverged true and Error the engine's message, which names the
// epoch and the fix; train and step then answer the same until a load or
// reset. Any other failure, including a panic inside the worker, is a report
// of kind "error"; the worker keeps running.
//
// # Yielding
//
// Go's WebAssembly runs on the worker's one thread, and a message from the
// page is only delivered while Go is blocked. The worker therefore trains in
// chunks of about 6 ms and then yields through a MessageChannel round-trip:
// it posts on one port and blocks on a Go channel that the other port's
// onmessage fills. Messages queued meanwhile, such as a pause, are then
// handled before the next chunk, so a pause is answered within one chunk.
// The round-trip costs a few per cent of throughput; time.Sleep(time.
// Millisecond) instead would cost about a third, because the browser's
// timers are not that fine. With a speed cap the worker waits on a timer
// between epochs, and a message ends that wait at once.
//
// A chunk is made of Trainer.StepBatches calls, each of as many batches as
// the worker estimates will fit, so a long epoch does not hold up a pause.
// A pause can thus fall inside an epoch: the history ends at the last
// complete epoch, Net has the newest weights, and training resumes inside
// that epoch with the same numbers as a run without the pause. While a long
// epoch trains, a snapshot without history shows the weights every 100 ms.
//
// # JSON
//
// Commands and reports go through hand-written JSON code (command_json.go,
// report_json.go, json_write.go), without reflection: encoding/json, or a
// reflect-based codec, makes trainer.wasm 50 to 130 kB larger gzipped.
// The encoders write byte for byte what json.Marshal writes, and the
// decoder reads what json.Unmarshal reads; tests compare them on every
// field of Command, Report and nn.Model, and FuzzUnmarshalJSON on arbitrary
// input. A field added to one of these types must be added there too
// (TestMarshalJSON fills every field, so it fails until it is). The
// heatmap's points never change within a session, so their JSON is
// encoded once and reused.
//
// Two more things keep the binary small: enums are written and read
// through MarshalText and UnmarshalText method values, not through the
// encoding interfaces, and no time.Time is held where reflection could
// reach it (the host's message queue carries a time.Duration, and waits use
// time.AfterFunc rather than a timer channel); either would keep time's
// formatting and parsing code (about 25 kB gzipped).
//
// # Benchmark
//
// The worker's own op "bench" (OpBench; not part of the page's protocol)
// measures it on two of session.Workloads, the ones native benchmarks use:
// (a) spiral500-batch10: 500 spiral points, 2→8→8→1 tanh, batch 10, SGD; and
// (c) 1797x64-adam: datasets.DigitsLike, 1,797 rows of 64 features in 10
// classes, 64→32→10 ReLU/softmax, Adam, batch 32; no test split. Post
//
//	{"op":"bench","value":2}
//
// where value is the seconds per workload (default 2, at most 30). For each
// workload the worker loads it (posting a "loaded" report), warms up for a
// tenth of the time and until its speed settles (the browser optimizes hot
// code in the background), runs Trainer.Step bare for an eighth and Step with
// Stats for an eighth, then trains through its real loop (chunks, yields,
// snapshots posted to the page) for the rest, in four rounds each ended by a
// pause that a timer in the worker delivers. It then posts one
// report of kind "bench":
//
//	{"kind":"bench","results":[
//	  {"name":"spiral500-batch10","samples":500,
//	   "epochs":…,"seconds":…,"epochsPerSec":…,"samplesPerSec":…,
//	   "snapshots":…,"snapshotMs":…,"extrasMs":…,"yields":…,"yieldMs":…,
//	   "rawEpochs":…,"rawSeconds":…,"rawEpochsPerSec":…,"statsEpochsPerSec":…,
//	   "pauseMs":[…],"pauseMaxMs":…},
//	  {"name":"1797x64-adam",…}]}
//
// epochsPerSec is through the loop, as the page sees it; rawEpochsPerSec is
// Step alone (as core/nn's BenchmarkEpoch), statsEpochsPerSec Step and
// Stats, which the loop needs for every epoch's history, so
// 1 - epochsPerSec/statsEpochsPerSec is the cost of chunking, yielding and
// snapshots; snapshotMs and extrasMs (heatmap, confusion, scatter) and
// yieldMs (the yields between chunks, which let commands in) break down the
// latter. pauseMs is, per pause, the time from when the pause was due to the final
// snapshot with running false. Ignore the loaded and snapshot reports that
// arrive meanwhile; the last workload stays loaded, so load again after it.
// From chromedp, for example:
//
//	w = new Worker('web/worker.js');
//	w.onmessage = e => { const r = JSON.parse(e.data); if (r.kind === 'bench') window.bench = r; };
//	w.postMessage(JSON.stringify({op: 'bench', value: 2}));
//
// and poll window.bench.
package main

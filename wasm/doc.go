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
// web/static/boot.js (or the page) starts it with new Worker(".../web/worker.<hash>.js").
//
// # Messages
//
// The page posts commands and receives reports, each a core/wire type,
// encoded by wire's codec into a Uint8Array whose buffer is transferred
// (host_js.go); see core/wire/trainer.go for every message and what answers
// it. Commands posted before the WebAssembly is running are queued by
// worker.js and handled in order. A message that does not decode (another
// version's, or a tool request, which belongs to wasm/checker) is answered
// with wire.Failed.
//
//	page                                   worker
//	Paste{text}, Load{settings, Pasted} →  Loaded{Summary, ParsedRows, BuildMs, Snapshot of epoch 0}
//	                                       or Failed{Message, Data: {Code, Cell, Line, Column}}
//	                                          (the previous session stays loaded)
//	                                       then Reference{Linear}: the linear model on the same
//	                                          training rows (session.Session.Linear), fitted after Loaded
//	Train{}                           →    Snapshot{Running: true, History, Net, …} about every 33 ms
//	Pause{}                           →    Snapshot{Running: false, …} (the final one)
//	Step{Epochs: N}                   →    after N epochs, a snapshot with Running false;
//	                                          a long step also posts snapshots with Running true
//	Load{settings, Params}            →    the same, starting from the weights Params (nn.Network.Params order)
//	Reset{}                           →    Loaded: the same settings and params, so the same start
//	SetWeight{…}, SetBias{…}          →    a snapshot with the edited network
//	SetSpeed{EpochsPerSec}            →    nothing; at most that many epochs per second (0 = as fast as possible)
//	Tune{settings, Pasted}            →    Tuned{Epoch, Snapshot}: the settings train from epoch Epoch+1
//	Rollback{How}                     →    Tuned: back to the coach's last good epoch after an explosion
//	ShowTest{Show}                    →    a snapshot whose heatmap (or curve) includes the test points
//	Explain{Layer, Unit, Row}         →    Explained{Neuron, Line, Split}: one neuron's forward and backward pass
//	Inspect{Values}                   →    Inspected{Values, Prediction} (every neuron's value for a typed row),
//	                                          or Inspected{Error, Data} naming the value that cannot be read
//	GetModel{}                        →    ModelFile{Model}: nn.Model, which the page saves as JSON
//	GetPredictions{}                  →    Predictions{CSV}: x,y,actual,predicted,p_a,p_b …
//
// The worker keeps the table of the last Paste, parsed by the first load
// that uses it, and the last other table it parsed (a dataset's): a load
// or tune of the same data parses nothing (Loaded.ParsedRows is 0), so a
// change to any other setting costs the page and the worker no text.
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
// core/exercise and core/link, and with them encoding/json, SHA-256
// and compress/flate: 0.23 MB gzipped that would put trainer.wasm at 1.3 MB.
// It therefore runs in a second binary, wasm/checker (checker.wasm beside
// trainer.wasm), which the page starts as its tools worker and sends checks
// to directly (tools.Check). Checks thus run on their own thread: training
// and pause are answered meanwhile, and the loaded session is not touched;
// see wasm/checker/doc.go.
//
// Running is true while the worker has epochs to train (training, or the
// rest of a step), so the last report of any run has running false.
// History holds every epoch's nn.Stats since the previous report, oldest
// first, so the page's loss chart misses none. Net is the newest network.
// Heatmap (data with two raw features, or a decision map over two
// columns) or Curve (a regression on one numeric column: the network's
// function of it), Confusion (classification) and
// Scatter (regression: actual, predicted) are included in every loaded,
// final, step and edit report, and in running snapshots as long as they
// take less than a tenth of the time. The heatmap's (or curve's) training
// and test points (about half of a report) are left out (null) of running snapshots
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
// snapshot's Diverged holds the nn.DivergedError (the epoch, what became
// which value, the learning rate, clipping), which the page words; train
// and step then answer the same until a load or reset. Any other failure,
// including a panic inside the worker, is a wire.Failed; the worker keeps
// running.
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
// # Encoding
//
// There is no JSON here: core/wire's codec is generated from the message
// types (see its doc for the measurements behind it). Two more things keep
// the binary small: no time.Time is held where reflection could reach it
// (the host's message queue carries a time.Duration, and waits use
// time.AfterFunc rather than a timer channel), which would keep time's
// formatting and parsing code (about 25 kB gzipped); and the trainer links
// only its own protocol (wire.Trainer), not the tools worker's.
//
// # Benchmark
//
// The worker's own command wire.Bench (not part of the page's protocol)
// measures it on two of session.Workloads, the ones native benchmarks use:
// (a) spiral500-batch10: 500 spiral points, 2→8→8→1 tanh, batch 10, SGD; and
// (c) 1797x64-adam: datasets.DigitsLike, 1,797 rows of 64 features in 10
// classes, 64→32→10 ReLU/softmax, Adam, batch 32; no test split. Seconds
// is the time per workload (default 2, at most 30). For each workload the
// worker loads it (posting Loaded), warms up for a tenth of the time and
// until its speed settles (the browser optimizes hot code in the
// background), runs Trainer.Step bare for an eighth and Step with Stats for
// an eighth, then trains through its real loop (chunks, yields, snapshots
// posted to the page) for the rest, in four rounds each ended by a pause
// that a timer in the worker delivers, and last times the encoding and
// decoding of one full snapshot. It then posts wire.BenchResults, one
// wire.BenchResult per workload.
//
// EpochsPerSec is through the loop, as the page sees it; RawEpochsPerSec
// is Step alone (as core/nn's BenchmarkEpoch), StatsEpochsPerSec Step and
// Stats, which the loop needs for every epoch's history, so
// 1 - EpochsPerSec/StatsEpochsPerSec is the cost of chunking, yielding and
// snapshots; SnapshotMs and ExtrasMs (heatmap, confusion, scatter) and
// YieldMs (the yields between chunks, which let commands in) break down the
// latter; EncodeMs and DecodeMs time the codec on one full snapshot of
// SnapshotBytes. PauseMs is, per pause, the time from when the pause was
// due to the final snapshot with Running false. Ignore the Loaded and
// Snapshot reports that arrive meanwhile; the last workload stays loaded,
// so load again after it. e2e/bench_test.go posts the encoded command from
// chromedp and decodes the answer's bytes with wire.Unmarshal.
package main

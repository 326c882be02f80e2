// Package e2e holds the end-to-end tests of the playground: they serve the
// built site with serve.go, open it in headless Chromium through chromedp and
// drive the page by its stable element ids (see issue 3), the way a student
// or a teacher's script would.
//
// # Running
//
// The tests need the site that `make build` writes to ../site and Debian's
// chromium at /usr/bin/chromium:
//
//	make test            # everything, browser tests included
//	make test-e2e        # build the site, then only these tests
//
// The environment variable E2E_SITE names another built site to serve
// instead of ../site. When chromium is missing the tests fail and name the
// command that installs it (apt-get install -y chromium); they are never
// skipped.
//
// # Tests
//
// Each opens the page in a fresh browser profile and waits for the UI's
// readiness marker (#app-ready, see web/doc.go) and the first data set.
//
//   - TestPastedCSVMatchesNative: paste a CSV, load it, set the network and
//     its training, step 50 epochs: the train and test losses shown fall and
//     equal core/session's to 6 significant digits.
//   - TestBuiltinTrainsToTarget: the circle reaches 0.95 test accuracy.
//   - TestCSVErrorKeepsData: a bad CSV names its line and column in
//     #data-error; #data-summary and the loaded data stay.
//   - TestPauseStopsEpoch: after pause, #epoch stays the same for 500 ms.
//   - TestLanguageSwitch: Chinese labels, remembered across a reload, and
//     back to English.
//   - TestDivergenceExplained: a NaN/Inf stops training with the core's
//     message on the page.
//   - TestOverfittingNotice, TestEditWeight, TestKeyboard, TestStableIDs,
//     TestPhoneWidth, TestSubPath (the site under /nnplay/),
//     TestRebuildSeenOnReload (no stale app.wasm from the service worker),
//     TestScreenshots.
//
// A Go panic or an uncaught exception in the page fails the test that saw
// it; the page's console is printed with any failure.
//
// # Benchmarks
//
// TestBrowserBench measures the playground in the browser: training
// throughput in the worker, frame rate while training, the delay of pause,
// the time to a usable page and the sizes of the WebAssembly binaries. It
// runs only with the flag -bench given to the test binary, which
// `make bench-browser` does:
//
//	go test -count=1 -v -run='^TestBrowserBench$' ./e2e/ -args -bench
//
// It prints its figures and writes them to ../docs/bench-browser.txt.
//
// # Screenshots
//
// TestScreenshots writes ../docs/screenshot-en.png and
// ../docs/screenshot-zh.png after some training, for the README.
package e2e

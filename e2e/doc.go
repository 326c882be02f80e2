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

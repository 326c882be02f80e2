# Two commands matter: `make serve` and `make test`. The rest are their parts.
SHELL := /bin/bash
SITE  ?= site
WASMEXEC := $(shell go env GOROOT)/lib/wasm
export PATH := $(PATH):$(WASMEXEC)

.PHONY: serve build test test-native test-wasm test-e2e deps build-deps bench bench-native bench-browser bench-tables profile fuzz clean

## serve: build the static site and serve it on http://localhost:8080 (localhost only; `go run serve.go -lan` for the network)
serve: build
	go run serve.go -dir $(SITE)

## build: write the static site (index.html with the first screen prerendered, the page's
## app.wasm, trainer.wasm, checker.wasm, the workers' script, assets, all under content-hashed
## names, and .gz and .br siblings of its .wasm, .js, .html and .css files) to $(SITE)/
build: build-deps
	rm -rf $(SITE) && mkdir -p $(SITE)/web
	@# Without inlining (-l) the binaries are 4-7 % smaller gzipped; training speed does not change,
	@# because core/nn's hot loops are generated, unrolled kernels with no calls to inline.
	@# app.wasm (cmd/app, the page of package web) is built against third_party/go-app (go.mod's
	@# replace): go-app v9.8.0 whose server files are left out of the browser build by build
	@# constraints (third_party/go-app/README.md).
	GOOS=js GOARCH=wasm go build -trimpath -ldflags='-s -w' -gcflags=all=-l -o $(SITE)/web/app.wasm ./cmd/app
	GOOS=js GOARCH=wasm go build -trimpath -ldflags='-s -w' -gcflags=all=-l -o $(SITE)/web/trainer.wasm ./wasm
	GOOS=js GOARCH=wasm go build -trimpath -ldflags='-s -w' -gcflags=all=-l -o $(SITE)/web/checker.wasm ./wasm/checker
	cp $(WASMEXEC)/wasm_exec.js $(SITE)/web/wasm_exec.js
	@# Hashed names, prerendered index.html, boot.js, worker.js, manifest, service worker (cmd/sitegen).
	go run ./cmd/sitegen -out $(SITE)
	@# Precompressed siblings (x.gz, x.br) for servers that negotiate Content-Encoding: Brotli for
	@# browsers over HTTPS, gzip for the rest (Chromium asks plain-HTTP hosts such as `make serve -lan`
	@# in a classroom for gzip only). zopfli writes standard gzip 4-5 % smaller than gzip -9.
	@command -v brotli >/dev/null && command -v zopfli >/dev/null || { echo "brotli or zopfli is missing: run  make deps" >&2; exit 1; }
	find $(SITE) -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.html' -o -name '*.css' \) -print0 \
	  | xargs -0 -P 2 -I {} sh -c 'zopfli --i5 "$$1" && brotli -q 11 -k -f "$$1"' _ {}

## test: every test: vet and staticcheck, native, core under WebAssembly (Node), browser end-to-end (headless Chromium)
test: deps test-native test-wasm test-e2e

## test-native: gofmt, go vet and staticcheck (go.mod's tool block pins it; with the tags of the measuring tests, so
## that their files are checked too, and a second time for js/wasm, where web/ and wasm/ build other files:
## `go tool -n` prints the native staticcheck, which then reads GOOS), then every native test
STATICCHECK_TAGS := browserbench,browserprofile,measure
test-native:
	@bad=$$(gofmt -l core cmd wasm web e2e bench internal *.go); if [ -n "$$bad" ]; then echo "not gofmt'd (gofmt -w them):" $$bad >&2; exit 1; fi
	go vet ./...
	go tool staticcheck -tags $(STATICCHECK_TAGS) ./...
	GOOS=js GOARCH=wasm "$$(go tool -n staticcheck)" ./web/... ./wasm/...
	go test -count=1 $$(go list ./... | grep -v /e2e$$)
	@echo "--- figures from the core tests:"
	@set -o pipefail; go test -count=1 -v -run '^(TestGradient|TestTutorial|TestSpiral|TestIris|TestPenguins|TestLeastSquares|TestAdamBeatsSGD|TestDivergence)$$' ./core/nn \
	  | grep -E '(largest|predictions|spiral:|mean test|penguins:|epochs to|diverged at)' | sed 's/^ *//'

test-wasm:
	GOOS=js GOARCH=wasm go test -count=1 ./core/... ./wasm/...

test-e2e: build
	go test -count=1 -v -timeout 20m ./e2e/

## deps: install what the build and the tests need from Debian (brotli and zopfli for the site's .br and .gz files,
## chromium, a CJK font for the Chinese screenshot, python3-numpy and python3-torch for the exported
## scripts, python3-sklearn for make bench-tables), or say the one command; build-deps: only what the
## build needs (make serve)
BUILD_DEBS := brotli zopfli
DEBS := $(BUILD_DEBS) chromium fonts-noto-cjk python3-numpy python3-torch python3-sklearn
install_debs = @missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then echo "installing $$missing"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else echo "missing Debian packages: run  sudo apt-get install -y $$missing" >&2; exit 1; fi; \
	fi
deps:
	$(call install_debs,$(DEBS))
build-deps:
	$(call install_debs,$(BUILD_DEBS))

## bench: native benchmarks and in-browser benchmarks
bench: bench-native bench-browser

bench-native:
	go test -run='^$$' -bench=. -benchmem ./core/... ./cmd/nnplay/

bench-browser: deps build
	go test -count=1 -v -tags browserbench -run='^TestBrowserBench$$' -timeout 20m ./e2e/

## profile: where the page's time goes while it trains the spiral as fast as possible: the main thread's
## functions by self time (TestProfilePage; names are readable when app.wasm is built without -ldflags='-s -w'
## into a site named by E2E_SITE) and how a frame's time splits (TestProfileMetrics). It prints figures and
## asserts nothing, so it is not part of make test
profile: deps build
	go test -count=1 -v -tags browserprofile,browserbench -run '^(TestProfilePage|TestProfileMetrics)$$' -timeout 20m ./e2e/

## bench-tables: nnplay with the page's defaults on real and generated tables (bench/manifest.json) beside
## scikit-learn's linear models and MLPs on the same splits, and nnplay on 1,000,000 rows under
## /usr/bin/time -v; writes docs/bench-tables.md (10–15 minutes). BENCH_ONLY=regexp: some tables only
## (the results then go to .bench/bench-tables.md)
BENCH_ONLY ?=
bench-tables: deps
	go build -o .bench/nnplay ./cmd/nnplay
	go run ./bench -nnplay .bench/nnplay -python /usr/bin/python3 -work .bench \
	  $(if $(BENCH_ONLY),-only '$(BENCH_ONLY)' -memory-rows 0 -out .bench/bench-tables.md,-out docs/bench-tables.md)

## fuzz: run each fuzz target for 60 s
fuzz:
	go test -run='^$$' -fuzz=FuzzParse -fuzztime=60s ./core/data/
	go test -run='^$$' -fuzz=FuzzReadChunks -fuzztime=60s ./core/data/
	go test -run='^$$' -fuzz=FuzzReadModel -fuzztime=60s ./core/nn/
	go test -run='^$$' -fuzz=FuzzDecode -fuzztime=60s ./core/link/
	go test -run='^$$' -fuzz=FuzzDecodeExercise -fuzztime=60s ./core/exercise/
	go test -run='^$$' -fuzz=FuzzReadCode -fuzztime=60s ./core/exercise/
	go test -run='^$$' -fuzz=FuzzUnmarshal -fuzztime=60s ./core/wire/
	go test -run='^$$' -fuzz=FuzzScan -fuzztime=60s ./core/internal/jsonscan/
	go test -run='^$$' -fuzz=FuzzDecodeLesson -fuzztime=60s ./core/exercise/

## clean: remove what build writes (and .build/, where builds before third_party/go-app copied go-app)
clean:
	rm -rf $(SITE) .build .bench

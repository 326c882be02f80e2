// Package e2e holds the end-to-end tests of the playground: they serve the
// built site with serve.go, open it in headless Chromium through chromedp and
// drive the page by its stable element ids (stableIDs in more_test.go), the way a student
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
// Tests wait for what the page shows, never for a time: that nothing
// happens is shown by a later event that would have seen it (a step after
// a pause shows the next epoch). The printing-only profiles
// (profile_test.go, -tags browserprofile) run in `make profile`, not in
// `make test`.
//
//   - TestPastedCSVMatchesNative: paste a CSV, load it, set the network and
//     its training, step 50 epochs: the train and test losses shown fall and
//     equal core/session's to 6 significant digits.
//   - TestBuiltinTrainsToTarget: the circle reaches 0.95 test accuracy.
//   - TestCSVErrorKeepsData: a bad CSV names its line and column in
//     #data-error; #data-summary and the loaded data stay.
//   - TestPauseStopsEpoch: a pause's answer shows the epoch training
//     stopped at (#epoch's data-rests grows), and a step after it shows the
//     next one.
//   - TestLanguageSwitch: Chinese labels, remembered across a reload, and
//     back to English.
//   - TestDivergenceExplained: a NaN/Inf stops training with the core's
//     message on the page.
//   - TestOverfittingNotice, TestEditWeight, TestKeyboard, TestStableIDs,
//     TestPhoneWidth, TestSubPath (the site under /nnplay/),
//     TestRebuildSeenOnReload (a rebuild's new hashed names seen on one
//     reload, through the service worker), TestFilePickAndDrop,
//     TestScreenshots.
//   - Start-up (startup_test.go): TestFirstScreenInIndex (index.html, fetched
//     raw, holds the first screen: the data's summary, the readouts, the
//     pictures of the network and the output; every asset it names has a
//     content-hashed name served to be kept, index.html no-cache),
//     TestTrainBeforeReady (a click on Train before app.wasm runs, and
//     before the trainer's first data set, trains once it is ready),
//     TestFirstVisitLoadsOnce (boot.js sends a first visit's load ahead and
//     the page does not send it again).
//   - No dead ends: TestControlsNeverOverlap (no two controls' boxes overlap
//     at 320, 375, 768, 1024 and 1366 px, with 2 and 4 hidden layers and
//     every panel open), TestExplainFromKeyboard (Tab, Enter on "Explain a
//     neuron", the arrow keys pick another), TestLiveRegionCalm (no live
//     region changes more than once a second while training; the readouts
//     announced, and again on pause), TestChineseReadoutsFit,
//     TestEveryStringTranslated (every visible string, placeholder,
//     aria-label and title changes with the language, but for a short list
//     of names and formulas).
//   - Clarity at a glance (clarity_test.go): TestClarityAtAGlance (each
//     hidden neuron's map in its node; the output plane a third of the
//     screen wide, with ticks and the test points' toggle),
//     TestDerivedInputsOnDiagram, TestDataThumbnails.
//
// Sharing and teaching, and the command line:
//
//   - TestShareLinkFreshProfile: a session's link opens in a fresh profile
//     with the same summary, every setting, and the same losses after 20
//     epochs; "start from here" opens on the trained weights.
//   - TestShareLongLink: a 1 MB table still makes a link (with a warning);
//     a 6 MB one (too long even with the table packed) offers a session file instead.
//   - TestEditorTellsTheTruth: an exercise on a pasted 400-row table has a link
//     under 8,000 characters and says how many of 20 names meet its goal with
//     one press of Train, as exercise.Share does natively (and a progress
//     note while the names train).
//   - TestEditorOffersFile: an exercise on 1,500 rows is offered as a file,
//     which a fresh profile imports to open the exercise.
//   - TestLessonsOpenAndTrain: every lesson opens and trains with the native
//     core's losses; the exploding one shows the divergence message.
//   - TestGuidedLessons: every lesson taken step by step through the page's
//     controls, each check met; progress kept over a reload.
//   - TestLessonsNotDoneOnArrival (lesson_flow_test.go): every lesson opened
//     in turn from a trained page, after the lesson before was worked on:
//     no step done on arrival, nor the second after Next, which takes the
//     focus to its text. TestLessonSkipAndNext: a step skipped (not done),
//     the last one jumped to, done, and the next lesson offered and opened.
//     TestLessonLayout: at 1366×768 Train, the network and the readouts
//     stay in view beside a lesson opened from far down the page, which
//     takes the focus; on a phone the lesson folds to one line with its
//     check and Next.
//   - TestExerciseSolvedAndChecked: an exercise made, solved in a fresh
//     profile, its code accepted by the checker; tampered and forged codes
//     and another exercise's code rejected.
//   - TestReloadRestoresSession, TestOfflineReload (the server stopped),
//     TestBadLinkShowsMessage (damaged, newer, a zlib bomb),
//     TestMarkupShownAsText, TestExportImport.
//   - TestCommandLineMatchesBrowser: nnplay train on the page's link gives
//     the page's history at every epoch, digit for digit, and nnplay
//     predict its predictions.
//   - TestLinearReference (reference_test.go): a pasted table trained to an
//     early stop ends at or above #linear-ref (the worker's linear model on
//     the same training rows) less 0.01; Train again starts a new run
//     under the same rules, whose stop the banner tells.
//
// Tables as they come:
//
//   - TestOwnTable: a pasted 300-row table with an id, a timestamp, a
//     mostly empty column, missing cells, a leak and a binary outcome that
//     is not last: it loads; the summary counts train / validation / test
//     and names what was done to each column; #target-select ("Predict:")
//     has chosen outcome, on the first screen and clear of other controls
//     at 1366, 1024 and 375 px; the leak's "ignore it" button ignores it;
//     Train runs to its stop at or above the linear reference (#linear-ref)
//     minus 0.01; the mostly empty column's "use it" makes it an input.
//
// Bounded and lossless:
//
//   - TestBigTablesKeptOrSaid (storage_test.go): tables of 0.5, 2.5 and
//     5 MB pasted and loaded in turn, then a reload: each kept once in
//     localStorage, or (5 MB) #table-lost says it could not be kept and
//     #save-lost offers the session file; after the reload the page shows
//     the last table or says it was lost, never an older one.
//   - TestHeavyLinkRefused: a 295-character link of 100,000 points through
//     [1024, 1019] is refused at once (#link-error), the default session
//     trains, and the refused settings are not saved.
//   - TestSlowTrainingOffersStop (watchdog_test.go): an epoch in one batch
//     of 30,000 points through [64, 64] leaves the page without a report
//     past the watchdog's time: #slow-note says so and #slow-stop stops it.
//
// Without a browser:
//
//   - TestSizeBudgets: trainer.wasm ≤ 1.05 MB, app.wasm ≤ 1.80 MB and
//     checker.wasm ≤ 1.30 MB as served (MB = 10⁶ bytes; the build's .gz
//     and .br siblings), logged at gzip.BestCompression too.
//
// A Go panic, an uncaught exception or a request the server's
// Content-Security-Policy refused fails the test that saw it; the page's
// console is printed with any failure.
//
// # Benchmarks
//
// TestBrowserBench measures the playground in the browser: training
// throughput in the worker, frame rate while training, the delay of pause,
// the time to a usable page, the sizes of the WebAssembly binaries, a
// 50,000-row table of mixed types from Load to the stop rules' stop, and
// a class check of 30 forged codes at the checker's limits. It
// is built only with the tag browserbench, which `make bench-browser` gives:
//
//	go test -count=1 -v -tags browserbench -run='^TestBrowserBench$' ./e2e/
//
// It prints its figures and writes them to ../docs/bench-browser.txt.
//
// # Screenshots
//
// TestScreenshots writes ../docs/screenshot-en.png and
// ../docs/screenshot-zh.png after some training, for the README.
package e2e

// Package session ties the engine together for the page, the worker and
// the command line. It has four jobs, one or two files each.
//
// # Settings → a session (settings.go, session.go)
//
// Settings is everything a user chooses on the page (the data, the roles
// of its columns, their preparation, the network, its training and the
// language); it is what a share link and a session file carry (core/link)
// and what `nnplay train` builds from its flags. Default is the first
// visit's. Build parses the settings' data (a built-in or generated
// dataset from core/datasets, or the pasted Text), prepares it
// (core/data) and returns a Session with a fresh trainer (core/nn);
// BuildTable does the same for a table already parsed:
//
//	s, err := session.Build(session.Default())
//	err = s.Trainer.StepN(50)
//
// A data error is a *data.ParseError, whose kind, quoted cell, line and
// column ErrorCell and ErrorPosition return for the page's translations.
//
// Settings of version 3 and later (Version) prepare a table as it comes
// (data.Spec.Auto): an empty Target is data.GuessTarget's guess
// (data.GuessTargetV3's in version 3), missing
// values are imputed (Default's Missing is data.Impute), identifiers,
// names and mostly empty columns are left out unless Use names them,
// timestamps become numbers, big categories keep their most frequent
// values, whole-number labels are classes unless AsNumbers, and a pasted
// table's leaks are named. Each rule is a Note of the Summary, and a note
// with an Action has one button that changes the settings: "use" appends
// its column to Use, "ignore" to Ignore, "target" sets Target, "numbers"
// sets AsNumbers. Settings of versions 1 and 2 build as they did.
//
// # One table of settings (table.go, table_value.go)
//
// Table declares each setting once, as TensorFlow Playground's state.ts
// declares its URL properties: its JSON name and path, a pointer to its
// field (Setting.Field, its get and set), its bounds (Min, Max, MinOpen,
// MaxOpen, ZeroOK for a 0 that means a default), its default (Default
// builds from them), whether an exercise
// locks it (Lock), whether a change keeps the running network (Live),
// what a lesson may do with it (Lesson), its nnplay flag, the page's
// control and the catalog keys of its label and name. Everything else
// reads it: CheckBounds (a link's and a file's numbers, core/link),
// Tunable, nnplay's flags, the page's number fields (the hidden layers'
// widths and the points too), its selects (an enum setting's Choices, the
// enum's own names) and locked controls (web), the lesson engine's names (core/exercise/guide), an exercise's
// Fixed and lockable lists (core/exercise/rules) and docs/settings.md
// (go generate). Adding a setting is one entry in Table and its use; the
// engine's own checks (nn.Config.Validate, nn.StopRules.Validate,
// data.Prepare, datasets.Text) are tested to accept exactly the table's
// bounds, and package settingtest derives every program's test cases
// from them.
//
// # What the page shows of a session (summary.go, notes.go, linear.go)
//
// Summary (the preview, counts, the task, and warnings about the data in
// English and in parts, Note, for other languages), Baseline (the linear
// model beside the network, Session.Linear) and Explosion. What the page
// draws of a session's network (the heatmap, decision map, curve,
// scatter, importance and a row's inputs) is package view's
// (core/session/view), which reads a Session and that this package does
// not import. The messages that carry both are core/wire's.
//
// # Benchmark workloads (workloads.go)
//
// Workloads are the settings that core/nn's benchmarks, the trainer
// worker's (wasm/bench.go, `make bench-browser`) and e2e's native
// comparison all time, so that native and browser figures compare.
package session

// Package core holds the playground's engine, in pure Go: it never imports
// syscall/js or the UI framework (purity_test.go checks every file), so
// plain `go test` covers it and the same code trains natively, on the
// command line and in the browser's worker.
//
//   - core/data parses pasted tables and prepares them for training (roles,
//     missing values, one-hot, derived inputs, the split, normalization);
//   - core/datasets provides the built-in and generated datasets;
//   - core/nn is the network and its trainer, models (read from JSON by
//     core/nn/modelfile), and the predictions CSV;
//   - core/session ties settings, data and trainer together and computes
//     what the page draws;
//   - core/wire and core/wire/tools define every message between the page
//     and its two workers, with one binary codec generated from the types
//     (core/wire/internal/genwire);
//   - core/link turns a session into a share link or a session file and
//     back;
//   - core/exercise makes exercises and completion codes, checks them, and
//     holds the lessons; core/exercise/rules is the part of an exercise the
//     page needs too (the goal, locks, merging a student's settings);
//   - core/export writes a network and its data as NumPy and PyTorch
//     scripts;
//   - core/internal/fmath holds portable exp, log and tanh, so that native
//     and WebAssembly give the same bits, core/internal/enum the names of
//     the engine's enums, and core/internal/sha SHA-256 without Go's FIPS
//     140 module (exercise IDs and students' seeds).
//
// core/nn/internal/genkernels is the generator of core/nn's unrolled
// kernels (go generate).
package core

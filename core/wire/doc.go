// Package wire is the one definition of every message between the page
// (web/) and its two workers, the trainer (wasm/) and the tools worker
// (wasm/checker): a Go type per command and per report (trainer.go; the
// tools worker's in package tools), and one codec that all three binaries
// use. It is pure Go (no syscall/js): tests run natively.
//
//	page                         trainer (wasm/)
//	wire.Append(nil, &wire.Load{Settings: s})  →  wire.Unmarshal(b, wire.Trainer)
//	wire.Unmarshal(b, wire.Trainer)            ←  wire.Append(buf, &wire.Snapshot{…})
//
// Each side copies the bytes into a Uint8Array (js.CopyBytesToJS) and posts
// it with its buffer in the transfer list, so the browser moves rather than
// copies it; the other side copies it into Go once (js.CopyBytesToGo).
// There is no JSON inside a message: numbers and bytes are binary, errors,
// divergence (nn.DivergedError), explosions and warnings travel as their
// parts, and the page words them in its language.
//
// # Adding a field or a message
//
// A field is added to its type, and `go generate ./core/wire/...` writes
// the code that carries it (wire_gen.go, marked "Code generated … DO NOT
// EDIT."); TestGeneratedCurrent fails when that was forgotten and
// TestRoundTrip sets every field of every message and reads it back. A
// message is a new type and its name in the go:generate line below (its
// tag is its place in the line; tools' start at 64).
//
// # The encoding
//
// A message is its protocol's schema hash (4 bytes), the tag of its type
// and its fields in declaration order: integers as zig-zag varints, floats as their 8
// little-endian IEEE 754 bytes (every bit kept, NaN and ±Inf included),
// strings and []byte as a length and the bytes, slices as their length plus
// one (0 for nil: a heatmap without its points stays apart from an empty
// one) and their elements, maps as slices of key and value, pointers as a
// bool and the value. Exported fields of the types a message reaches
// (nn.Stats, nn.Network, session.Settings, …) are encoded, except those
// tagged `json:"-"`. A message that is cut short, too long or of another
// protocol is an error, never a panic.
//
// # A version that cannot lie
//
// There is no version number to bump. genwire writes into each wire_gen.go
// the hash of its protocol's schema (Protocol.Schema): every message's tag
// and name and, in order, the name and type of every field it carries,
// and the same of every struct type the messages reach, in any package
// (nn.Stats, session.Settings, …). Every message starts with it and
// Unmarshal refuses another with ErrVersion, so a page and a worker built
// from different message types (an old worker.js in a cache) never
// misread each other. Comments and fields that are not encoded do not
// change the hash; a change to the codec's rules themselves (codec.go)
// must change genwire's wireFormat. `go run ./internal/genwire -schema
// <the go:generate arguments>` prints the text that is hashed.
//
// genwire (internal/genwire) writes, from the types as go/types sees them,
// one function per struct type that both encodes and decodes it through
// Codec, and each protocol (Trainer, tools.Protocol): its schema hash and
// its constructor by tag. Each binary links the protocols it names only: the
// trainer does not carry the tools worker's messages (which bring
// core/exercise/rules and with it encoding/json's initialisation, 11 kB
// gzipped), nor the tools worker the trainer's.
//
// # Why this encoding (measured)
//
// The hand-written JSON it replaces (1,842 lines in wasm/ and web/) was
// byte for byte encoding/json's, which costs the trainer 87 kB gzipped
// (encoding/json/v2 351 kB, jsontext 82 kB) against a 1 MB budget. A
// snapshot, in Go's WebAssembly under Node (BenchmarkSnapshotCodec in
// wasm/, best of 3):
//
//	                               before (JSON)              after (wire)
//	spiral, 40 epochs, heatmap     30.6 kB, enc 0.38 + dec 0.55 ms   24.8 kB, enc 0.036 + dec 0.055 ms
//	digits 64→32→10, 1 epoch       49.5 kB, enc 0.57 + dec 0.86 ms   19.5 kB, enc 0.006 + dec 0.019 ms
//
// so the page's thread, which decodes about 30 snapshots a second, spends
// a tenth to a fiftieth of the time it did. The generated code is what
// costs size: one function for both directions (Codec) halved it (app.wasm
// 1.757 → 1.747 MB, trainer.wasm 1.000 → 0.999 MB gzipped before the merge
// of the coach), and the binaries still carry no JSON code of their own
// for the protocol. A text encoding for the rare messages was not needed:
// the binary one costs nothing more to add a message to.
//
//go:generate go run ./internal/genwire Paste Load Train Pause Step Reset SetWeight SetBias SetSpeed Rollback Explain Tune ShowTest GetModel GetPredictions Bench Snapshot Loaded Tuned Failed Explained ModelFile Predictions BenchResults Inspect Inspected Reference
package wire

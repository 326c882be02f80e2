// Package link turns a playground session into a URL fragment and back, and
// into a session file and back.
//
// # Links
//
// A link is the fragment of a URL (the part after "#"):
//
//	#v1.<base64url(zlib(JSON))>
//
// "v1" is the format version, the rest is the JSON of an envelope,
// compressed with DEFLATE in a zlib stream (RFC 1950, whose Adler-32
// checksum catches typos and truncation) and encoded with the URL-safe
// base64 alphabet without padding. The envelope names its kind and carries
// a body:
//
//	{"kind":"session","body":{"settings":{...},"weights":{...}}}
//
// A built-in or generated dataset travels as its name and generator
// parameters (points, noise, seed), never as its points; pasted text
// travels whole. docs/link-format.md describes every field, with an example.
//
//	s := &link.Session{Settings: session.Default()}
//	frag, err := link.Encode(s) // "#v1.eJy..."
//	back, err := link.Decode(frag)
//
// # Bad links
//
// Decode never panics. A truncated, corrupted or hand-edited link returns
// an error wrapping ErrCorrupt; a link from a newer playground returns one
// wrapping ErrNewerVersion; a link that would inflate past MaxInflated
// returns one wrapping ErrTooLarge. Links over LongLink characters may be
// cut by chat tools; Encode refuses links over MaxLink with ErrTooLong,
// whose message says to save a session file instead (EncodeFile).
//
// # Compatibility
//
// Every link this version makes opens in every later version: the golden
// links in testdata/golden are decoded by the tests and must never change.
// A later version that changes the meaning of a field bumps the format
// version or session.Version, and keeps reading "v1." links.
//
// # Version 2: packed tables
//
// A link with a pasted table (a body that is a PastedTable: Session, or an
// exercise) that version 1 would make longer than LongLink is written as
// "#v2." when that is shorter: the table travels packed column by column
// (numbers as integers at their column's scale in as few bits as their
// range needs, few distinct texts as indexes), after the JSON, and is given
// back byte for byte. Every other link is still "v1.", which older
// playgrounds open. docs/link-format.md has the layout.
//
// # Weights
//
// A link may carry the network's parameters at some epoch ("start from
// here"): Weights holds the layer sizes, the flat parameter vector (the
// layout of nn.Network.Params) and the epoch. Restore builds the session
// and loads them.
package link

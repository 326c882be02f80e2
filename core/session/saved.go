package session

// Saved is a session as a link or a session file carries it: its settings
// and, optionally, the network's parameters at some epoch. It lives here,
// without methods, so that every binary holds the same type: the page
// sends one to the tools worker, which encodes and decodes links and files
// (core/link's Session is this type with link's methods; a conversion
// turns one into the other).
type Saved struct {
	Settings Settings `json:"settings"`
	Weights  *Weights `json:"weights,omitempty"`
}

// Weights are a network's parameters at some epoch, as a link, a session
// file or an exercise carries them (core/link applies and checks them).
type Weights struct {
	Epoch  int       `json:"epoch"`  // epochs trained when they were saved
	Sizes  []int     `json:"sizes"`  // layer sizes, [inputs, hidden…, outputs]
	Params []float64 `json:"params"` // nn.Network.Params: layer by layer, weights (row-major, to×from) then biases
}

// Constants of links and session files that the page needs without
// core/link (which it does not link); link.LongLink and link.FileFormat
// are these.
const (
	// LongLink is the length in characters above which a link may be cut
	// by chat tools and mail clients; the page warns past it.
	LongLink = 8000
	// FileFormat names the session file format in its "format" field.
	FileFormat = "nnplayground-session"
)

package link_test

import (
	"bytes"
	"compress/zlib"
	"encoding/base64"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/session"
)

// newer is a settings version newer than this playground's.
var newer = strconv.Itoa(session.Version + 1)

// raw makes a link of any JSON, as a hand edit could.
func raw(version, js string) string {
	var b bytes.Buffer
	zw := zlib.NewWriter(&b)
	zw.Write([]byte(js))
	zw.Close()
	return "#" + version + "." + base64.RawURLEncoding.EncodeToString(b.Bytes())
}

func TestDecodeErrors(t *testing.T) {
	good, err := link.Encode(&link.Session{Settings: session.Default()})
	if err != nil {
		t.Fatal(err)
	}
	flipped := []byte(good)
	flipped[40] ^= 1 // still base64, a different bit in the stream
	if flipped[40] == '-' || flipped[40] == '_' {
		flipped[40] = 'A'
	}
	tests := []struct {
		Name  string
		Input string
		Error error
		Text  string // in the message
	}{
		{"empty", "", link.ErrCorrupt, "version"},
		{"no version", "#eNpEjjFu", link.ErrCorrupt, "version"},
		{"bad version", "#vx.abc", link.ErrCorrupt, "version"},
		{"newer format", "#v3.eJyrrgUAAXUA-Q", link.ErrNewerVersion, "version 3"},
		{"much newer format", "#v99.anything", link.ErrNewerVersion, "newer version"},
		{"truncated", good[:len(good)-10], link.ErrCorrupt, ""},
		{"truncated to prefix", "#v1.", link.ErrCorrupt, ""},
		{"one bit changed", string(flipped), link.ErrCorrupt, ""},
		{"not base64", "#v1.!!!!", link.ErrCorrupt, ""},
		{"not JSON", raw("v1", "hello"), link.ErrCorrupt, ""},
		{"JSON array", raw("v1", "[1,2]"), link.ErrCorrupt, ""},
		{"no body", raw("v1", `{"kind":"session"}`), link.ErrCorrupt, "body"},
		{"unknown field", raw("v1", `{"kind":"session","body":{"settings":{"v":1,"testRatio":0,"model":{}},"evil":1}}`), link.ErrCorrupt, "evil"},
		{"trailing data", raw("v1", `{"kind":"session","body":{"settings":{"testRatio":0,"model":{}}}}{}`), link.ErrCorrupt, "after"},
		{"wrong kind", raw("v1", `{"kind":"exercise","body":{}}`), link.ErrKind, "exercise"},
		{"newer settings", raw("v1", `{"kind":"session","body":{"settings":{"v":`+newer+`,"testRatio":0,"model":{}}}}`), link.ErrNewerVersion, "version " + newer},
		{"unknown dataset", raw("v1", `{"kind":"session","body":{"settings":{"dataset":"moons","testRatio":0,"model":{}}}}`), link.ErrCorrupt, "moons"},
		{"too many points", raw("v1", `{"kind":"session","body":{"settings":{"dataset":"circle","points":1e9,"testRatio":0,"model":{}}}}`), link.ErrCorrupt, ""},
		{"negative noise", raw("v1", `{"kind":"session","body":{"settings":{"dataset":"circle","noise":-1,"testRatio":0,"model":{}}}}`), link.ErrCorrupt, "noise"},
		{"test ratio", raw("v1", `{"kind":"session","body":{"settings":{"testRatio":2,"model":{}}}}`), link.ErrCorrupt, "test ratio"},
		{"validation ratio", raw("v1", `{"kind":"session","body":{"settings":{"testRatio":0,"validRatio":0.9,"model":{}}}}`), link.ErrCorrupt, "validation ratio"},
		{"negative patience", raw("v1", `{"kind":"session","body":{"settings":{"testRatio":0,"model":{},"stop":{"patience":-3}}}}`), link.ErrCorrupt, "patience"},
		{"unknown stop rule", raw("v1", `{"kind":"session","body":{"settings":{"testRatio":0,"model":{},"stop":{"evil":1}}}}`), link.ErrCorrupt, "evil"},
		{"unknown activation", raw("v1", `{"kind":"session","body":{"settings":{"testRatio":0,"model":{"activation":"swish"}}}}`), link.ErrCorrupt, "swish"},
		{"numeric activation", raw("v1", `{"kind":"session","body":{"settings":{"testRatio":0,"model":{"activation":7}}}}`), link.ErrCorrupt, ""},
		{"negative learning rate", raw("v1", `{"kind":"session","body":{"settings":{"testRatio":0,"model":{"lr":-1}}}}`), link.ErrCorrupt, "learning rate"},
		{"huge layer", raw("v1", `{"kind":"session","body":{"settings":{"testRatio":0,"model":{"hidden":[100000]}}}}`), link.ErrCorrupt, "neurons"},
		{"norm", raw("v1", `{"kind":"session","body":{"settings":{"norm":9,"testRatio":0,"model":{}}}}`), link.ErrCorrupt, "normalization"},
		{"derived", raw("v1", `{"kind":"session","body":{"settings":{"derived":[{"kind":-1,"a":"x"}],"testRatio":0,"model":{}}}}`), link.ErrCorrupt, "derived"},
		{"language", raw("v1", `{"kind":"session","body":{"settings":{"lang":"xx","testRatio":0,"model":{}}}}`), link.ErrCorrupt, "language"},
		{"weights shape", raw("v1", `{"kind":"session","body":{"settings":{"testRatio":0,"model":{}},"weights":{"epoch":1,"sizes":[2,1],"params":[1,2]}}}`), link.ErrCorrupt, "parameters"},
		{"weights epoch", raw("v1", `{"kind":"session","body":{"settings":{"testRatio":0,"model":{}},"weights":{"epoch":-1,"sizes":[2,1],"params":[1,2,3]}}}`), link.ErrCorrupt, "epoch"},
		{"weights sizes", raw("v1", `{"kind":"session","body":{"settings":{"testRatio":0,"model":{}},"weights":{"epoch":1,"sizes":[2,-1],"params":[]}}}`), link.ErrCorrupt, "units"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			s, err := link.Decode(tt.Input)
			if !errors.Is(err, tt.Error) {
				t.Fatalf("Decode(%q) = %+v, %v; want %v", tt.Input, s, err, tt.Error)
			}
			if !strings.Contains(err.Error(), tt.Text) {
				t.Errorf("error %q does not say %q", err, tt.Text)
			}
		})
	}
}

// A small link cannot expand into gigabytes: 64 MB of zeros deflate to
// about 64 KB, and decoding stops at 8 MB.
func TestDecodeBomb(t *testing.T) {
	var b bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&b, zlib.BestCompression)
	zw.Write([]byte(`{"kind":"session","body":{"settings":{"text":"`))
	zeros := make([]byte, 1<<20)
	for i := range zeros {
		zeros[i] = '0'
	}
	for range 64 {
		zw.Write(zeros)
	}
	zw.Write([]byte(`"}}}`))
	zw.Close()
	l := "#v1." + base64.RawURLEncoding.EncodeToString(b.Bytes())
	t.Logf("bomb link: %d characters", len(l))
	if _, err := link.Decode(l); !errors.Is(err, link.ErrTooLarge) {
		t.Errorf("bomb: error %v, want ErrTooLarge", err)
	}
	// An over-long link is refused before any work.
	if _, err := link.Decode("#v1." + strings.Repeat("A", link.MaxLink+5000)); !errors.Is(err, link.ErrTooLarge) {
		t.Errorf("over-long link: error %v, want ErrTooLarge", err)
	}
}

func TestDecodeFileErrors(t *testing.T) {
	tests := []struct {
		Name  string
		Input string
		Error error
	}{
		{"empty", "", link.ErrCorrupt},
		{"not JSON", "hello", link.ErrCorrupt},
		{"other JSON", `{"a":1}`, link.ErrCorrupt},
		{"newer", `{"format":"nnplayground-session","version":2}`, link.ErrNewerVersion},
		{"unknown field", `{"format":"nnplayground-session","version":1,"settings":{"testRatio":0,"model":{}},"x":1}`, link.ErrCorrupt},
		{"bad setting", `{"format":"nnplayground-session","version":1,"settings":{"testRatio":0,"model":{"optimizer":"lbfgs"}}}`, link.ErrCorrupt},
		{"newer settings", `{"format":"nnplayground-session","version":1,"settings":{"v":5,"testRatio":0,"model":{}}}`, link.ErrNewerVersion},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			if _, err := link.DecodeFile([]byte(tt.Input)); !errors.Is(err, tt.Error) {
				t.Errorf("DecodeFile(%q): error %v, want %v", tt.Input, err, tt.Error)
			}
		})
	}
}

// Markup in column names, targets and text is carried as plain data: the
// decoded strings are byte for byte those encoded, nothing is escaped,
// stripped or interpreted, and the table parses with the markup as its
// column name.
func TestMarkupIsData(t *testing.T) {
	s := session.Default()
	s.Dataset, s.Points = "", 0
	s.Text = "x,y,\"" + strings.ReplaceAll(markup, `"`, `""`) + "\"\n1,2,a\n2,1,b\n3,3,a\n4,1,b\n5,5,a\n6,2,b\n"
	s.Target = markup
	l, err := link.Encode(&link.Session{Settings: s})
	if err != nil {
		t.Fatal(err)
	}
	d, err := link.Decode(l)
	if err != nil {
		t.Fatal(err)
	}
	if d.Settings.Text != s.Text || d.Settings.Target != markup {
		t.Fatalf("markup changed: %q, %q", d.Settings.Text, d.Settings.Target)
	}
	ss, err := link.Restore(d)
	if err != nil {
		t.Fatal(err)
	}
	if got := ss.Summary().Target; got != markup {
		t.Errorf("target column %q, want %q", got, markup)
	}
	f, err := link.EncodeFile(&link.Session{Settings: s})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(f, []byte(`<img src=x onerror=\"alert('x')\">`)) {
		t.Errorf("session file does not carry the markup as plain JSON text:\n%s", f)
	}
}

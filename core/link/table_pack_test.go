package link

import (
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/session"
)

// validSettings are settings of a pasted table.
func validSettings() session.Settings {
	s := session.Default()
	s.Dataset, s.Points, s.Noise = "", 0, 0
	return s
}

// spliceText returns the version 2 link l with its JSON replaced by that
// of s, keeping its packed table.
func spliceText(t *testing.T, l string, s *Session) string {
	t.Helper()
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimPrefix(l, "#v2."))
	if err != nil {
		t.Fatal(err)
	}
	b, err := inflate(raw, MaxInflated)
	if err != nil {
		t.Fatal(err)
	}
	_, packed, err := splitV2(b)
	if err != nil || len(packed) == 0 {
		t.Fatalf("no packed table: %v", err)
	}
	body, _ := marshal(s)
	js, _ := marshal(envelope{Kind: KindSession, Body: body})
	out, err := compress(2, append(append(binary.AppendUvarint(nil, uint64(len(js))), js...), packed...))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// packCases are pasted tables: Packs says whether packTable keeps them
// (it must give back the text byte for byte).
var packCases = []struct {
	Name  string
	Text  string
	Packs bool
}{
	{"csv", "x,y,label\n1.5,20,a\n-2.25,3,b\n0,-0.5,a\n", true},
	{"no final line end", "x,y\n1,2\n3,4", true},
	{"crlf", "x,y\r\n1,2\r\n3.75,4\r\n", true},
	{"tabs", "x\ty\tname\n1\t2\tAna Li\n3\t4\tBo, Jr\n", true},
	{"semicolons", "x;y\n1;2\n3;4\n", true},
	{"fixed decimals", "x,y\n1.50,2.00\n3.25,4.10\n", true},
	{"mixed decimals", "x,y\n1.5,2.00\n3.25,4\n", true}, // y: texts
	{"empty cells", "x,y,z\n,2,\n3,,c\n", true},
	{"minus zero", "x,y\n-0,-0.00\n1,2.50\n-1.5,-0.00\n", true},
	{"leading zeros and exponents", "id,e\n007,1e3\n010,2E-2\n", true},
	{"20-digit numbers", "x,y\n12345678901234567890,1\n1,2\n", true},
	{"many distinct texts", "x,name\n" + strings.Repeat("1,"+strings.Repeat("long name ", 8)+"\n", 3), true},
	{"markup", "x,<b>y</b>\n1,<script>\n2,&amp;\n", true},
	{"quoted commas", "x,y\n1,\"a,b\"\n2,c\n", false},
	{"one line", "x,y\n", false},
	{"one column", "x\n1\n2\n", false},
	{"mixed line ends", "x,y\r\n1,2\n3,4\r\n", false},
	{"lone carriage return", "x,y\r1,2\r", false},
	{"ragged rows", "x,y\n1,2\n3\n", false},
}

// TestPackTable: a packed table gives back its text byte for byte, so it
// parses to the same Table: the same numbers, the same texts.
func TestPackTable(t *testing.T) {
	for _, c := range packCases {
		t.Run(c.Name, func(t *testing.T) {
			b, ok := packTable(c.Text)
			if ok != c.Packs {
				t.Fatalf("packTable(%q): %v, want %v", c.Text, ok, c.Packs)
			}
			if !ok {
				return
			}
			back, err := unpackTable(b, MaxInflated)
			if err != nil || back != c.Text {
				t.Fatalf("unpackTable: %q, %v; want %q", back, err, c.Text)
			}
			want, werr := data.Parse(c.Text)
			got, gerr := data.Parse(back)
			// %+v: NaN (an empty cell) prints as itself, where DeepEqual finds it unequal.
			if fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", want) || fmt.Sprint(gerr) != fmt.Sprint(werr) {
				t.Errorf("the table parses to\n%+v, %v\nwant\n%+v, %v", got, gerr, want, werr)
			}
		})
	}
}

// randomTable is a table of rows rows: numbers with 0 to 4 decimals,
// written shortest or with a fixed count, empty cells, and a label.
func randomTable(r *rand.Rand, rows int) string {
	var b strings.Builder
	b.WriteString("a,b,c,d,label\n")
	for range rows {
		for j := range 4 {
			v := (r.Float64() - 0.3) * float64(int(1)<<(4*j))
			switch j {
			case 0:
				fmt.Fprintf(&b, "%.2f,", v)
			case 3:
				if r.IntN(10) == 0 {
					b.WriteString(",")
					continue
				}
				fallthrough
			default:
				fmt.Fprintf(&b, "%s,", strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.*f", j+1, v), "0"), "."))
			}
		}
		b.WriteString([]string{"yes", "no", "maybe"}[r.IntN(3)] + "\n")
	}
	return b.String()
}

func TestPackRandomTables(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 50 {
		rows := 1 + r.IntN(300)
		text := randomTable(r, rows)
		b, ok := packTable(text)
		if !ok {
			t.Fatalf("table %d does not pack:\n%s", i, text)
		}
		if back, err := unpackTable(b, MaxInflated); err != nil || back != text {
			t.Fatalf("table %d: %v\n got %q\nwant %q", i, err, back, text)
		}
		if rows >= 20 && len(b) >= len(text)/2 {
			t.Errorf("table %d: %d bytes packed into %d", i, len(text), len(b))
		}
	}
}

// TestPackedLink: a session whose link would pass LongLink is a version 2
// link that opens to the same session; a shorter one stays version 1.
func TestPackedLink(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, c := range []struct {
		Rows int
		Ver  string
	}{{30, "#v1."}, {600, "#v2."}} {
		s := &Session{Settings: validSettings()}
		s.Settings.Text = randomTable(r, c.Rows)
		l, err := Encode(s)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(l, c.Ver) {
			t.Errorf("%d rows: %.6q…, want %s", c.Rows, l, c.Ver)
		}
		back, err := Decode(l)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(back, s) {
			t.Errorf("%d rows: the session changed on its way through the link", c.Rows)
		}
		t.Logf("%d rows, %d bytes: %d characters", c.Rows, len(s.Settings.Text), len(l))
	}
	// A packed table where the body already has text is refused.
	s := &Session{Settings: validSettings()}
	s.Settings.Text = randomTable(r, 600)
	l, _ := Encode(s)
	s.Settings.Text = "x,y\n1,2\n"
	if _, err := Decode(spliceText(t, l, s)); !errors.Is(err, ErrCorrupt) {
		t.Error("a version 2 link with text and a packed table decoded")
	}
}

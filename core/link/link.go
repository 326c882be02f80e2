package link

import (
	"bytes"
	"compress/zlib"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/nnplayground/playground/core/session"
)

// Version is the newest link format version this package writes and
// reads. Version 2 packs a pasted table column by column (see
// PastedTable); Encode writes it only for a link that version 1 would
// make longer than LongLink, so that every other link stays version 1,
// which older playgrounds open.
const Version = 2

// Size limits.
const (
	// LongLink is the length in characters above which a link may be cut
	// by chat tools and mail clients; the page warns past it.
	LongLink = session.LongLink
	// MaxLink is the longest link Encode makes and Decode reads (2 MB);
	// past it, save the session as a file (EncodeFile).
	MaxLink = 2 << 20
	// MaxInflated bounds the inflated JSON of a link (8 MB), so that a
	// small link cannot expand into gigabytes.
	MaxInflated = 8 << 20
	// MaxFile bounds a session file (64 MB).
	MaxFile = 64 << 20
)

// Kinds of link.
const (
	KindSession = "session"
)

// Errors; the errors Decode returns wrap one of them.
var (
	ErrCorrupt      = errors.New("link: this link is damaged (cut short, mistyped or edited)")
	ErrNewerVersion = errors.New("link: this link was made by a newer version of the playground; open it there")
	ErrTooLarge     = errors.New("link: too large to open")
	ErrTooLong      = errors.New("link: the session is too large for a link; save it as a session file instead")
	ErrKind         = errors.New("link: wrong kind of link")
)

// Session is what a session link carries: the settings and optionally the
// network's parameters at some epoch. It is session.Saved, the type that
// the page and the tools worker exchange, with this package's methods:
// (*Session)(saved) and (*session.Saved)(s) convert a pointer.
type Session session.Saved

type envelope struct {
	Kind string          `json:"kind"`
	Body json.RawMessage `json:"body"`

	table string // version 2: the packed table's text, for the body's PastedText
}

// Encode returns the link of s: "#v1." and the compressed settings. It
// returns an error wrapping ErrTooLong when the link would be longer than
// MaxLink or its JSON larger than MaxInflated: every link Encode makes,
// Decode opens.
func Encode(s *Session) (string, error) {
	if err := s.Validate(); err != nil {
		return "", err
	}
	return EncodeAs(KindSession, s)
}

// Decode reads a session link. It accepts the fragment with or without its
// "#", or a whole URL. Every setting is checked (see Session.Validate);
// the data itself is parsed only by session.Build.
func Decode(link string) (*Session, error) {
	s := new(Session)
	if err := DecodeAs(link, KindSession, s); err != nil {
		return nil, err
	}
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return s, nil
}

// EncodeAs returns a link of the given kind carrying v as JSON. Packages
// that share other things by link (exercises) use it with their own kind.
// When v is a PastedTable whose link would be longer than LongLink, the
// link is version 2 with the table packed, if that is shorter.
func EncodeAs(kind string, v any) (string, error) {
	body, err := marshal(v)
	if err != nil {
		return "", err
	}
	js, err := marshal(envelope{Kind: kind, Body: body})
	if err != nil {
		return "", err
	}
	if len(js) > MaxInflated {
		// Decode would refuse it: one limit for both.
		return "", fmt.Errorf("%w (its settings take %d bytes, the limit is %d)", ErrTooLong, len(js), MaxInflated)
	}
	l, err := compress(1, js)
	if err == nil && len(l) <= LongLink || err != nil && !errors.Is(err, ErrTooLong) {
		return l, err
	}
	if packed, ok := encodePacked(kind, v); ok && (err != nil || len(packed) < len(l)) {
		return packed, nil
	}
	return l, err
}

// compress returns the link of version ver whose payload is b.
func compress(ver int, b []byte) (string, error) {
	var buf bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&buf, zlib.BestCompression)
	zw.Write(b)
	zw.Close()
	prefix := "#v" + strconv.Itoa(ver) + "."
	if n := len(prefix) + base64.RawURLEncoding.EncodedLen(buf.Len()); n > MaxLink {
		return "", fmt.Errorf("%w (it would be %d characters, the limit is %d)", ErrTooLong, n, MaxLink)
	}
	return prefix + base64.RawURLEncoding.EncodeToString(buf.Bytes()), nil
}

// marshal is json.Marshal without HTML escaping: "<" stays "<", which
// keeps links short. Nothing in a link is ever interpreted as markup.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// KindOf returns the kind of a link ("session", "exercise", …) without
// checking its body, so that a page can route it.
func KindOf(link string) (string, error) {
	env, err := open(link)
	if err != nil {
		return "", err
	}
	return env.Kind, nil
}

// DecodeAs reads a link of the given kind into v (a pointer). Fields v does
// not have are an error: they come from a hand edit or a newer version.
func DecodeAs(link, kind string, v any) error {
	env, err := open(link)
	if err != nil {
		return err
	}
	if env.Kind != kind {
		return fmt.Errorf("%w: this is a %q link, not a %q link", ErrKind, env.Kind, kind)
	}
	if err := strict(env.Body, v); err != nil {
		return err
	}
	if env.table == "" {
		return nil
	}
	t, ok := v.(PastedTable)
	if !ok || *t.PastedText() != "" {
		return fmt.Errorf("%w: a packed table where there is no room for one", ErrCorrupt)
	}
	*t.PastedText() = env.table
	return nil
}

// strict decodes JSON into v, refusing unknown fields and trailing data.
func strict(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	if dec.More() {
		return fmt.Errorf("%w: data after the end", ErrCorrupt)
	}
	return nil
}

// open checks the version of a link, inflates it (at most MaxInflated
// bytes) and reads its envelope.
func open(link string) (*envelope, error) {
	if len(link) > MaxLink+4096 {
		return nil, fmt.Errorf("%w (%d characters; the limit is %d)", ErrTooLarge, len(link), MaxLink)
	}
	if i := strings.IndexByte(link, '#'); i >= 0 {
		link = link[i+1:]
	}
	// Chat tools wrap long links; whitespace is never part of one.
	link = strings.Join(strings.Fields(link), "")
	ver, payload, ok := strings.Cut(link, ".")
	if !ok || len(ver) < 2 || ver[0] != 'v' {
		return nil, fmt.Errorf("%w: it does not start with a version such as \"v1.\"", ErrCorrupt)
	}
	n, err := strconv.Atoi(ver[1:])
	if err != nil || n < 1 {
		return nil, fmt.Errorf("%w: bad version %q", ErrCorrupt, ver)
	}
	if n > Version {
		return nil, fmt.Errorf("%w (the link is version %d, this playground reads up to version %d)", ErrNewerVersion, n, Version)
	}
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(payload, "="))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	js, err := inflate(raw, MaxInflated)
	if err != nil {
		return nil, err
	}
	var packed []byte
	if n == 2 {
		if js, packed, err = splitV2(js); err != nil {
			return nil, err
		}
	}
	if err := scan(js, "link"); err != nil {
		return nil, err
	}
	env := new(envelope)
	if err := strict(js, env); err != nil {
		return nil, err
	}
	if len(packed) > 0 {
		if env.table, err = unpackTable(packed, MaxInflated); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrCorrupt, err)
		}
	}
	if env.Kind == "" || len(env.Body) == 0 {
		return nil, fmt.Errorf("%w: no kind or no body", ErrCorrupt)
	}
	return env, nil
}

// inflate reads a zlib stream of at most max bytes and checks its checksum.
func inflate(raw []byte, max int64) ([]byte, error) {
	zr, err := zlib.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	defer zr.Close()
	var out bytes.Buffer
	n, err := io.Copy(&out, io.LimitReader(zr, max+1))
	if n > max {
		return nil, fmt.Errorf("%w: it expands to more than %d bytes", ErrTooLarge, max)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	return out.Bytes(), nil
}

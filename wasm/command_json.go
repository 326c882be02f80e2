package main

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// decodeCommand reads a command as json.Unmarshal would into a
// session.Command: keys by their json tags (exactly, else ignoring case),
// unknown keys skipped, null leaving numbers and strings alone and setting
// slices and pointers to nil, the nn enums by name. See json_write.go.
func decodeCommand(text []byte, c *session.Command) error {
	p := &jsonParser{s: text}
	p.space()
	if err := p.command(c); err != nil {
		return err
	}
	p.space()
	if p.i < len(p.s) {
		return p.errorf("invalid character " + strconv.QuoteRune(rune(p.s[p.i])) + " after top-level value")
	}
	return nil
}

var (
	commandKeys  = []string{"op", "settings", "steps", "layer", "to", "from", "value", "speed", "flag", "params", "text", "codes", "id"}
	settingsKeys = []string{"v", "dataset", "points", "noise", "text", "target", "ignore", "asClasses", "missing", "derived", "testRatio", "norm", "splitColumn", "validRatio", "model", "trainSeed", "stop", "lang"}
	configKeys   = []string{"hidden", "activation", "loss", "init", "optimizer", "lr", "momentum", "nesterov", "beta1", "beta2", "eps", "batch", "l1", "l2", "clip", "decay", "seed"}
	derivedKeys  = []string{"kind", "a", "b"}
	stopKeys     = []string{"patience", "restoreBest", "targetLoss", "targetMetric", "maxEpochs"}
)

func (p *jsonParser) command(c *session.Command) error {
	return p.object(commandKeys, func(k string) error {
		switch k {
		case "op":
			return p.str(&c.Op)
		case "settings":
			if p.null() {
				c.Settings = nil
				return nil
			}
			if c.Settings == nil {
				c.Settings = new(session.Settings)
			}
			return p.settings(c.Settings)
		case "steps":
			return p.int(&c.Steps)
		case "layer":
			return p.int(&c.Layer)
		case "to":
			return p.int(&c.To)
		case "from":
			return p.int(&c.From)
		case "value":
			return p.float(&c.Value)
		case "speed":
			return p.float(&c.Speed)
		case "flag":
			return p.bool(&c.Flag)
		case "params":
			return p.floats(&c.Params)
		case "text":
			return p.str(&c.Text)
		case "codes":
			return p.strs(&c.Codes)
		case "id":
			return p.int(&c.ID)
		}
		return p.skip()
	})
}

func (p *jsonParser) settings(s *session.Settings) error {
	return p.object(settingsKeys, func(k string) error {
		switch k {
		case "v":
			return p.int(&s.Version)
		case "dataset":
			return p.str(&s.Dataset)
		case "points":
			return p.int(&s.Points)
		case "noise":
			return p.float(&s.Noise)
		case "text":
			return p.str(&s.Text)
		case "target":
			return p.str(&s.Target)
		case "ignore":
			return p.strs(&s.Ignore)
		case "asClasses":
			return p.bool(&s.AsClasses)
		case "missing":
			return p.int((*int)(&s.Missing))
		case "derived":
			return p.array(func() { s.Derived = []data.Derived{} }, func() { s.Derived = nil }, func() error {
				s.Derived = append(s.Derived, data.Derived{})
				d := &s.Derived[len(s.Derived)-1]
				return p.object(derivedKeys, func(k string) error {
					switch k {
					case "kind":
						return p.int((*int)(&d.Kind))
					case "a":
						return p.str(&d.A)
					case "b":
						return p.str(&d.B)
					}
					return p.skip()
				})
			})
		case "testRatio":
			return p.float(&s.TestRatio)
		case "norm":
			return p.int((*int)(&s.Norm))
		case "splitColumn":
			return p.str(&s.SplitColumn)
		case "validRatio":
			return p.float(&s.ValidRatio)
		case "model":
			return p.config(&s.Model)
		case "trainSeed":
			return p.uint64(&s.TrainSeed)
		case "stop":
			return p.stop(&s.Stop)
		case "lang":
			return p.str(&s.Lang)
		}
		return p.skip()
	})
}

func (p *jsonParser) stop(r *nn.StopRules) error {
	return p.object(stopKeys, func(k string) error {
		switch k {
		case "patience":
			return p.int(&r.Patience)
		case "restoreBest":
			return p.bool(&r.RestoreBest)
		case "targetLoss":
			return p.float(&r.TargetLoss)
		case "targetMetric":
			return p.float(&r.TargetMetric)
		case "maxEpochs":
			return p.int(&r.MaxEpochs)
		}
		return p.skip()
	})
}

func (p *jsonParser) config(c *nn.Config) error {
	return p.object(configKeys, func(k string) error {
		switch k {
		case "hidden":
			return p.ints(&c.Hidden)
		case "activation":
			return p.text(c.Activation.UnmarshalText)
		case "loss":
			return p.text(c.Loss.UnmarshalText)
		case "init":
			return p.text(c.Init.UnmarshalText)
		case "optimizer":
			return p.text(c.Optimizer.UnmarshalText)
		case "lr":
			return p.float(&c.LearningRate)
		case "momentum":
			return p.float(&c.Momentum)
		case "nesterov":
			return p.bool(&c.Nesterov)
		case "beta1":
			return p.float(&c.Beta1)
		case "beta2":
			return p.float(&c.Beta2)
		case "eps":
			return p.float(&c.Epsilon)
		case "batch":
			return p.int(&c.BatchSize)
		case "l1":
			return p.float(&c.L1)
		case "l2":
			return p.float(&c.L2)
		case "clip":
			return p.float(&c.ClipNorm)
		case "decay":
			return p.float(&c.Decay)
		case "seed":
			return p.uint64(&c.Seed)
		}
		return p.skip()
	})
}

// uint64 reads a number into dst; null leaves it alone.
func (p *jsonParser) uint64(dst *uint64) error {
	if p.null() {
		return nil
	}
	num, err := p.number()
	if err != nil {
		return err
	}
	n, err := strconv.ParseUint(num, 10, 64)
	if err != nil {
		return p.errorf("cannot decode number " + num + " into uint64")
	}
	*dst = n
	return nil
}

// jsonParser reads JSON text s from offset i.
type jsonParser struct {
	s     []byte
	i     int
	depth int
}

func (p *jsonParser) errorf(msg string) error {
	return errors.New("json: offset " + strconv.Itoa(p.i) + ": " + msg)
}

func (p *jsonParser) space() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\t' || p.s[p.i] == '\n' || p.s[p.i] == '\r') {
		p.i++
	}
}

func (p *jsonParser) peek() byte {
	if p.i < len(p.s) {
		return p.s[p.i]
	}
	return 0
}

// null consumes a null and reports whether there was one.
func (p *jsonParser) null() bool {
	if p.peek() == 'n' && p.literal("null") == nil {
		return true
	}
	return false
}

func (p *jsonParser) literal(lit string) error {
	if !strings.HasPrefix(string(p.s[p.i:min(len(p.s), p.i+len(lit))]), lit) {
		return p.errorf("invalid literal, want " + lit)
	}
	p.i += len(lit)
	return nil
}

// object reads an object, calling member for each key with the parser at
// its value; member must consume the value. A key matches one of keys
// exactly, else ignoring case as encoding/json does, and is passed on in
// its canonical spelling. null is accepted and does nothing.
func (p *jsonParser) object(keys []string, member func(key string) error) error {
	if p.null() {
		return nil
	}
	if p.peek() != '{' {
		return p.errorf("cannot decode a non-object into an object")
	}
	if p.depth++; p.depth > 1000 {
		return p.errorf("nested too deeply")
	}
	defer func() { p.depth-- }()
	p.i++
	p.space()
	if p.peek() == '}' {
		p.i++
		return nil
	}
	for {
		p.space()
		if p.peek() != '"' {
			return p.errorf("want a string key")
		}
		key, err := p.scanString()
		if err != nil {
			return err
		}
		p.space()
		if p.peek() != ':' {
			return p.errorf("want ':' after a key")
		}
		p.i++
		p.space()
		if err := member(canonical(key, keys)); err != nil {
			return err
		}
		p.space()
		switch p.peek() {
		case ',':
			p.i++
		case '}':
			p.i++
			return nil
		default:
			return p.errorf("invalid character after an object value")
		}
	}
}

// canonical returns the name in keys that key stands for, or "" (no
// field of that name).
func canonical(key string, keys []string) string {
	for _, k := range keys {
		if k == key {
			return k
		}
	}
	for _, k := range keys {
		if strings.EqualFold(k, key) {
			return k
		}
	}
	return ""
}

// array reads an array: start when it begins, null for a null, elem for
// each element (elem must consume it).
func (p *jsonParser) array(start, null func(), elem func() error) error {
	if p.null() {
		null()
		return nil
	}
	if p.peek() != '[' {
		return p.errorf("cannot decode a non-array into a slice")
	}
	if p.depth++; p.depth > 1000 {
		return p.errorf("nested too deeply")
	}
	defer func() { p.depth-- }()
	p.i++
	start()
	p.space()
	if p.peek() == ']' {
		p.i++
		return nil
	}
	for {
		p.space()
		if err := elem(); err != nil {
			return err
		}
		p.space()
		switch p.peek() {
		case ',':
			p.i++
		case ']':
			p.i++
			return nil
		default:
			return p.errorf("invalid character after an array element")
		}
	}
}

func (p *jsonParser) str(dst *string) error {
	if p.null() {
		return nil
	}
	if p.peek() != '"' {
		return p.mismatch("string")
	}
	s, err := p.scanString()
	if err == nil {
		*dst = s
	}
	return err
}

// text reads a string into an enum through its UnmarshalText, passed as a
// method value: a call through encoding.TextUnmarshaler would keep every
// such method in the binary (time.Time's parser among them).
func (p *jsonParser) text(unmarshal func([]byte) error) error {
	if p.null() {
		return nil
	}
	if p.peek() != '"' {
		return p.mismatch("string")
	}
	s, err := p.scanString()
	if err != nil {
		return err
	}
	if err := unmarshal([]byte(s)); err != nil {
		return p.errorf(err.Error())
	}
	return nil
}

func (p *jsonParser) bool(dst *bool) error {
	switch p.peek() {
	case 'n':
		return p.literal("null")
	case 't':
		*dst = true
		return p.literal("true")
	case 'f':
		*dst = false
		return p.literal("false")
	}
	return p.mismatch("bool")
}

func (p *jsonParser) int(dst *int) error {
	if p.null() {
		return nil
	}
	num, err := p.number()
	if err != nil {
		return err
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || int64(int(n)) != n {
		return p.errorf("cannot decode number " + num + " into int")
	}
	*dst = int(n)
	return nil
}

func (p *jsonParser) float(dst *float64) error {
	if p.null() {
		return nil
	}
	num, err := p.number()
	if err != nil {
		return err
	}
	f, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return p.errorf("cannot decode number " + num + " into float64")
	}
	*dst = f
	return nil
}

func (p *jsonParser) floats(dst *[]float64) error {
	return p.array(func() { *dst = []float64{} }, func() { *dst = nil }, func() error {
		*dst = append(*dst, 0)
		return p.float(&(*dst)[len(*dst)-1])
	})
}

func (p *jsonParser) ints(dst *[]int) error {
	return p.array(func() { *dst = []int{} }, func() { *dst = nil }, func() error {
		*dst = append(*dst, 0)
		return p.int(&(*dst)[len(*dst)-1])
	})
}

func (p *jsonParser) strs(dst *[]string) error {
	return p.array(func() { *dst = []string{} }, func() { *dst = nil }, func() error {
		*dst = append(*dst, "")
		return p.str(&(*dst)[len(*dst)-1])
	})
}

// mismatch is the error for a value of the wrong type; a value that is not
// JSON at all gets the syntax error.
func (p *jsonParser) mismatch(want string) error {
	if err := p.skip(); err != nil {
		return err
	}
	return p.errorf("cannot decode this value into " + want)
}

// skip consumes any value.
func (p *jsonParser) skip() error {
	switch c := p.peek(); {
	case c == '{':
		return p.object(nil, func(string) error { return p.skip() })
	case c == '[':
		return p.array(func() {}, func() {}, p.skip)
	case c == '"':
		_, err := p.scanString()
		return err
	case c == 't':
		return p.literal("true")
	case c == 'f':
		return p.literal("false")
	case c == 'n':
		return p.literal("null")
	case c == '-' || c >= '0' && c <= '9':
		_, err := p.number()
		return err
	case p.i >= len(p.s):
		return p.errorf("unexpected end of input")
	}
	return p.errorf("invalid character looking for a value")
}

// number scans a JSON number and returns its text.
func (p *jsonParser) number() (string, error) {
	start := p.i
	digits := func() int {
		n := 0
		for p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
			p.i++
			n++
		}
		return n
	}
	if p.peek() == '-' {
		p.i++
	}
	if p.peek() == '0' {
		p.i++
	} else if digits() == 0 {
		if start == p.i && p.i < len(p.s) && (p.s[p.i] == '"' || p.s[p.i] == '{' || p.s[p.i] == '[' || p.s[p.i] == 't' || p.s[p.i] == 'f') {
			return "", p.mismatch("number")
		}
		return "", p.errorf("invalid number")
	}
	if p.peek() == '.' {
		p.i++
		if digits() == 0 {
			return "", p.errorf("invalid number")
		}
	}
	if c := p.peek(); c == 'e' || c == 'E' {
		p.i++
		if c := p.peek(); c == '+' || c == '-' {
			p.i++
		}
		if digits() == 0 {
			return "", p.errorf("invalid number")
		}
	}
	return string(p.s[start:p.i]), nil
}

// scanString scans a JSON string and returns its value; invalid UTF-8
// becomes U+FFFD as in encoding/json.
func (p *jsonParser) scanString() (string, error) {
	p.i++ // "
	var b strings.Builder
	for {
		if p.i >= len(p.s) {
			return "", p.errorf("unexpected end of input in a string")
		}
		c := p.s[p.i]
		switch {
		case c == '"':
			p.i++
			return b.String(), nil
		case c < 0x20:
			return "", p.errorf("invalid control character in a string")
		case c == '\\':
			if p.i+1 >= len(p.s) {
				return "", p.errorf("unexpected end of input in a string")
			}
			e := p.s[p.i+1]
			p.i += 2
			switch e {
			case '"', '\\', '/':
				b.WriteByte(e)
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			case 'u':
				r, ok := p.hex4()
				if !ok {
					return "", p.errorf("invalid \\u escape")
				}
				if utf16.IsSurrogate(r) {
					if p.i+1 < len(p.s) && p.s[p.i] == '\\' && p.s[p.i+1] == 'u' {
						save := p.i
						p.i += 2
						r2, ok2 := p.hex4()
						if !ok2 {
							return "", p.errorf("invalid \\u escape")
						}
						if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
							r = d
						} else {
							p.i = save
						}
					}
					if utf16.IsSurrogate(r) {
						r = utf8.RuneError
					}
				}
				b.WriteRune(r)
			default:
				return "", p.errorf("invalid escape")
			}
		case c < utf8.RuneSelf:
			b.WriteByte(c)
			p.i++
		default:
			r, n := utf8.DecodeRune(p.s[p.i:])
			if r == utf8.RuneError && n == 1 {
				b.WriteRune(utf8.RuneError)
			} else {
				b.Write(p.s[p.i : p.i+n])
			}
			p.i += n
		}
	}
}

func (p *jsonParser) hex4() (rune, bool) {
	if p.i+4 > len(p.s) {
		return 0, false
	}
	var r rune
	for _, c := range p.s[p.i : p.i+4] {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	p.i += 4
	return r, true
}

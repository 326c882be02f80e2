package draw

import (
	"encoding/base64"
	"encoding/binary"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// SVGCanvas records what a canvas draws as SVG elements, so that the first
// screen that cmd/sitegen prerenders shows the network and the output
// before app.wasm runs (web/prerender.go). The drawing code is the page's own:
// a Canvas with SVG set draws here instead of through glue.js.
type SVGCanvas struct {
	b strings.Builder
}

// f32s decodes a batch of float32 records (Recs).
func f32s(b []byte) []float64 {
	out := make([]float64, len(b)/4)
	for i := range out {
		out[i] = float64(math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:])))
	}
	return out
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }

// segs: records x1, y1, x2, y2, width, rgb.
func (s *SVGCanvas) segs(b []byte) {
	a := f32s(b)
	for i := 0; i+5 < len(a); i += 6 {
		s.b.WriteString(`<line x1="` + num(a[i]) + `" y1="` + num(a[i+1]) + `" x2="` + num(a[i+2]) + `" y2="` + num(a[i+3]) +
			`" stroke="` + CSSColor(int(a[i+5])) + `" stroke-width="` + num(max(0.25, a[i+4])) + `" stroke-linecap="round"/>`)
	}
}

// path writes the points x, y (NaN lifts the pen) as path data.
func path(a []float64, stride int) string {
	var d strings.Builder
	pen := false
	for i := 0; i+1 < len(a); i += stride {
		if math.IsNaN(a[i]) || math.IsNaN(a[i+1]) {
			pen = false
			continue
		}
		if pen {
			d.WriteString("L")
		} else {
			d.WriteString("M")
		}
		d.WriteString(num(a[i]) + " " + num(a[i+1]))
		pen = true
	}
	return d.String()
}

// poly: x, y pairs; a NaN coordinate lifts the pen.
func (s *SVGCanvas) poly(b []byte, rgb int, width float64, dashed bool) {
	d := path(f32s(b), 2)
	if d == "" {
		return
	}
	dash := ""
	if dashed {
		dash = ` stroke-dasharray="6 4"`
	}
	s.b.WriteString(`<path d="` + d + `" fill="none" stroke="` + CSSColor(rgb) + `" stroke-width="` + num(width) + `" stroke-linejoin="round"` + dash + `/>`)
}

// band: x, top, bottom per pixel column; a NaN record ends a run.
func (s *SVGCanvas) band(b []byte, rgb int) {
	a := f32s(b)
	var d strings.Builder
	run := func(from, to int) { // records [from, to)
		if to <= from {
			return
		}
		for i := from; i < to; i += 3 {
			d.WriteString(map[bool]string{true: "M", false: "L"}[i == from] + num(a[i]) + " " + num(a[i+1]))
		}
		for i := to - 3; i >= from; i -= 3 {
			d.WriteString("L" + num(a[i]) + " " + num(a[i+2]))
		}
		d.WriteString("Z")
	}
	start := 0
	for i := 0; i+2 < len(a); i += 3 {
		if math.IsNaN(a[i]) {
			run(start, i)
			start = i + 3
		}
	}
	run(start, len(a)-len(a)%3)
	if d.Len() > 0 {
		s.b.WriteString(`<path d="` + d.String() + `" fill="` + CSSColor(rgb) + `"/>`)
	}
}

// dots: x, y, radius, fill rgb, stroke rgb (negative: none).
func (s *SVGCanvas) dots(b []byte) {
	a := f32s(b)
	for i := 0; i+4 < len(a); i += 5 {
		s.b.WriteString(`<circle cx="` + num(a[i]) + `" cy="` + num(a[i+1]) + `" r="` + num(a[i+2]) + `" fill="` + CSSColor(int(a[i+3])) + `"`)
		if a[i+4] >= 0 {
			w := "1"
			if int(a[i+4]) == ColAlert { // drawn 3 px wide, as Canvas rings it
				w = "3"
			}
			s.b.WriteString(` stroke="` + CSSColor(int(a[i+4])) + `" stroke-width="` + w + `"`)
		}
		s.b.WriteString(`/>`)
	}
}

// image: w×h RGBA pixels scaled to the box, as a BMP (a few lines to
// write, unlike PNG's compression) over white.
func (s *SVGCanvas) image(rgba []byte, w, h int, x, y, dw, dh float64) {
	if w <= 0 || h <= 0 || len(rgba) < 4*w*h {
		return
	}
	row := (3*w + 3) &^ 3
	bmp := make([]byte, 54+row*h)
	copy(bmp, "BM")
	binary.LittleEndian.PutUint32(bmp[2:], uint32(len(bmp)))
	binary.LittleEndian.PutUint32(bmp[10:], 54)
	binary.LittleEndian.PutUint32(bmp[14:], 40)
	binary.LittleEndian.PutUint32(bmp[18:], uint32(w))
	binary.LittleEndian.PutUint32(bmp[22:], uint32(h))
	binary.LittleEndian.PutUint16(bmp[26:], 1)
	binary.LittleEndian.PutUint16(bmp[28:], 24)
	for r := 0; r < h; r++ {
		out := bmp[54+(h-1-r)*row:] // bottom-up rows
		for c := 0; c < w; c++ {
			p := rgba[4*(r*w+c):]
			al := float64(p[3]) / 255
			for k := 0; k < 3; k++ { // BGR over white
				out[3*c+2-k] = byte(math.Round(float64(p[k])*al + 255*(1-al)))
			}
		}
	}
	s.b.WriteString(`<image x="` + num(x) + `" y="` + num(y) + `" width="` + num(dw) + `" height="` + num(dh) +
		`" preserveAspectRatio="none" href="data:image/bmp;base64,` + base64.StdEncoding.EncodeToString(bmp) + `"/>`)
}

// svgText escapes text for SVG.
var svgText = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;")

func (s *SVGCanvas) text(str string, x, y float64, rgb int, align string) {
	anchor := map[string]string{"center": "middle", "right": "end", "end": "end"}[align]
	if anchor == "" {
		anchor = "start"
	}
	s.b.WriteString(`<text x="` + num(x) + `" y="` + num(y) + `" fill="` + CSSColor(rgb) + `" text-anchor="` + anchor +
		`" font-size="11" font-family="system-ui, sans-serif">` + svgText.Replace(str) + `</text>`)
}

// textWidth estimates the width of 11 px text without a browser to ask.
func (s *SVGCanvas) textWidth(str string) float64 { return 6.2 * float64(utf8.RuneCountInString(str)) }

func (s *SVGCanvas) fill(x, y, w, h float64, rgb int) {
	s.b.WriteString(`<rect x="` + num(x) + `" y="` + num(y) + `" width="` + num(w) + `" height="` + num(h) + `" fill="` + CSSColor(rgb) + `"/>`)
}

func (s *SVGCanvas) rect(x, y, w, h float64, rgb int) {
	s.b.WriteString(`<rect x="` + num(x) + `" y="` + num(y) + `" width="` + num(w) + `" height="` + num(h) +
		`" fill="none" stroke="` + CSSColor(rgb) + `" stroke-width="1"/>`)
}

// svgURL escapes an SVG document for a data: URL inside CSS's url("…"):
// percent-encoded where it must be, double quotes turned single (the
// document's text has none: svgText), the rest as it is, which is smaller
// than base64 and compresses better.
var svgURL = strings.NewReplacer("%", "%25", "#", "%23", "<", "%3C", ">", "%3E", `"`, "'", "\n", " ")

// DataURL is the drawing as an SVG image of w×h CSS pixels, stretched to
// any box, as a data: URL.
func (s *SVGCanvas) DataURL(w, h float64) string {
	doc := `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ` + num(w) + ` ` + num(h) + `" preserveAspectRatio="none">` + s.b.String() + `</svg>`
	return "data:image/svg+xml," + svgURL.Replace(doc)
}

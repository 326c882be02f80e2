//go:build !wasm

package main

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"io/fs"
	"log"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

//go:embed static
var static embed.FS

// generateMain writes the static site: go-app's prerendered index.html,
// app.js, app.css, manifest and the playground's service worker, with every
// URL made relative so the site works under any sub-path, plus the page's
// static assets under web/. app.wasm, trainer.wasm and wasm_exec.js must
// already be in <out>/web (see the Makefile).
func generateMain() {
	out := flag.String("out", "site", "folder to write the static site to")
	worker := flag.String("worker", "web/worker.js", "the trainer's worker script, copied to <out>/web/worker.js when that is missing")
	flag.Parse()
	if err := generate(*out, *worker); err != nil {
		log.Fatal(err)
	}
}

func generate(out, worker string) error {
	web := filepath.Join(out, "web")
	if err := os.MkdirAll(web, 0o755); err != nil {
		return err
	}
	if err := copyStatic(web); err != nil {
		return err
	}
	if err := writeIcons(web); err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(web, "worker.js")); os.IsNotExist(err) {
		if err := copyFile(filepath.Join(web, "worker.js"), worker); err != nil && !os.IsNotExist(err) {
			return err
		}
	}
	if err := writeLessons(web); err != nil {
		return err
	}
	version, err := hashDir(web)
	if err != nil {
		return err
	}
	h := newHandler(version)
	if err := app.GenerateStaticWebsite(out, h); err != nil {
		return err
	}
	return relativize(out)
}

// relProvider locates every resource relative to the page, so that nothing
// assumes the site is served at "/".
type relProvider struct{}

func (relProvider) Package() string { return "" }
func (relProvider) Static() string  { return "." }
func (relProvider) AppWASM() string { return "./web/app.wasm" }

func newHandler(version string) *app.Handler {
	return &app.Handler{
		Name:        "Neural network playground",
		ShortName:   "NN playground",
		Title:       "Neural network playground",
		Description: "Paste a table, pick a network, and watch it learn epoch by epoch, in your browser.",
		Lang:        "en",
		Icon: app.Icon{
			Default: "/web/icon-192.png",
			Large:   "/web/icon-512.png",
			SVG:     "/web/icon.svg",
		},
		BackgroundColor:       "#ffffff",
		ThemeColor:            "#0072b2",
		LoadingLabel:          "Loading the playground… {progress}%",
		Styles:                []string{"/web/style.css"},
		Scripts:               []string{"/web/glue.js"},
		Resources:             relProvider{},
		ServiceWorkerTemplate: serviceWorkerJS,
		Version:               version,
	}
}

// relativize rewrites the root-absolute URLs that go-app writes for its own
// files ("/app.js") into relative ones ("app.js").
func relativize(out string) error {
	names := []string{"wasm_exec.js", "app.js", "app.css", "app-worker.js", "manifest.webmanifest"}
	r := []string{`"/"`, `"./"`}
	for _, n := range names {
		r = append(r, `"/`+n+`"`, `"./`+n+`"`)
	}
	rep := strings.NewReplacer(r...)
	for _, f := range []string{"index.html", "app.js", "manifest.webmanifest"} {
		p := filepath.Join(out, f)
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		s := rep.Replace(string(b))
		if f == "index.html" {
			// go-app prerenders with the generator's own test-server address.
			s = removeOgURL(s)
			// go-app prints false boolean attributes (selected="false"),
			// which HTML reads as true: drop them from the prerendered page.
			s = falseAttr.ReplaceAllString(s, "")
			// go-app's viewport forbids zooming, which people with low
			// vision need (WCAG 1.4.4): allow it.
			s = viewportTag.ReplaceAllString(s, viewportZoom)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// viewportTag is go-app's viewport meta tag, its attributes in either
// order; viewportZoom replaces it.
var viewportTag = regexp.MustCompile(`<meta (content="[^"]*" name="viewport"|name="viewport" content="[^"]*")>`)

const viewportZoom = `<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">`

var falseAttr = regexp.MustCompile(` (selected|checked|disabled|hidden|autofocus|required|readonly|multiple)="false"`)

func removeOgURL(s string) string {
	i := strings.Index(s, `<meta property="og:url"`)
	if i < 0 {
		return s
	}
	j := strings.Index(s[i:], ">")
	if j < 0 {
		return s
	}
	return s[:i] + s[i+j+1:]
}

func copyStatic(web string) error {
	return fs.WalkDir(static, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := static.ReadFile(p)
		if err != nil {
			return err
		}
		dst := filepath.Join(web, strings.TrimPrefix(p, "static/"))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
}

func copyFile(dst, src string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	o, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(o, in); err != nil {
		o.Close()
		return err
	}
	return o.Close()
}

// hashDir is a short content hash of every file under dir: the service
// worker's version, so that any rebuild installs a new worker.
func hashDir(dir string) (string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		return "", err
	}
	sort.Strings(files)
	h := sha256.New()
	for _, f := range files {
		fmt.Fprintf(h, "%s\n", filepath.ToSlash(strings.TrimPrefix(f, dir)))
		in, err := os.Open(f)
		if err != nil {
			return "", err
		}
		_, err = io.Copy(h, in)
		in.Close()
		if err != nil {
			return "", err
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// writeIcons draws the PNG icons (a small network: three columns of dots
// joined by lines) that the manifest and the loading screen use.
func writeIcons(web string) error {
	for _, n := range []int{192, 512} {
		img := image.NewRGBA(image.Rect(0, 0, n, n))
		blue := color.RGBA{0x00, 0x72, 0xb2, 0xff}
		orange := color.RGBA{0xe6, 0x9f, 0x00, 0xff}
		f := float64(n)
		cols := [][]float64{{0.35, 0.65}, {0.25, 0.5, 0.75}, {0.5}}
		pt := func(c, i int) (float64, float64) { return f * (0.2 + 0.3*float64(c)), f * cols[c][i] }
		for x := 0; x < n; x++ {
			for y := 0; y < n; y++ {
				img.Set(x, y, color.White)
			}
		}
		for c := 0; c+1 < len(cols); c++ {
			for i := range cols[c] {
				for j := range cols[c+1] {
					x0, y0 := pt(c, i)
					x1, y1 := pt(c+1, j)
					col := blue
					if (i+j)%2 == 1 {
						col = orange
					}
					for s := 0.0; s <= 1; s += 0.5 / f {
						x, y := x0+(x1-x0)*s, y0+(y1-y0)*s
						for d := -f / 96; d <= f/96; d++ {
							img.Set(int(x), int(y+d), col)
						}
					}
				}
			}
		}
		for c := range cols {
			for i := range cols[c] {
				cx, cy := pt(c, i)
				r := f * 0.07
				for x := int(cx - r); x <= int(cx+r); x++ {
					for y := int(cy - r); y <= int(cy+r); y++ {
						if math.Hypot(float64(x)-cx, float64(y)-cy) <= r {
							img.Set(x, y, color.RGBA{0x22, 0x22, 0x22, 0xff})
						}
					}
				}
			}
		}
		o, err := os.Create(filepath.Join(web, fmt.Sprintf("icon-%d.png", n)))
		if err != nil {
			return err
		}
		if err := png.Encode(o, img); err != nil {
			o.Close()
			return err
		}
		if err := o.Close(); err != nil {
			return err
		}
	}
	return nil
}

package main

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
)

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

package draw

import (
	"fmt"
	"math"
	"testing"
)

// cvd are Machado, Oliveira and Fernandes' (2009) matrices for complete
// protanopia, deuteranopia and tritanopia, on linear RGB.
var cvd = map[string][3][3]float64{
	"protanopia":   {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}},
	"deuteranopia": {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}},
	"tritanopia":   {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}},
	"normal":       {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
}

// lab returns the CIELAB colour of rgb (sRGB, D65) as seen through m.
func lab(rgb int, m [3][3]float64) [3]float64 {
	var lin [3]float64
	for i := range lin {
		c := float64(rgb>>(16-8*i)&0xff) / 255
		if c <= 0.04045 {
			lin[i] = c / 12.92
		} else {
			lin[i] = math.Pow((c+0.055)/1.055, 2.4)
		}
	}
	var s [3]float64
	for i := range s {
		s[i] = math.Max(0, math.Min(1, m[i][0]*lin[0]+m[i][1]*lin[1]+m[i][2]*lin[2]))
	}
	x := (0.4124*s[0] + 0.3576*s[1] + 0.1805*s[2]) / 0.95047
	y := 0.2126*s[0] + 0.7152*s[1] + 0.0722*s[2]
	z := (0.0193*s[0] + 0.1192*s[1] + 0.9505*s[2]) / 1.08883
	f := func(t float64) float64 {
		if t > 216.0/24389 {
			return math.Cbrt(t)
		}
		return (24389.0/27*t + 16) / 116
	}
	return [3]float64{116*f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))}
}

func deltaE(a, b [3]float64) float64 {
	return math.Sqrt((a[0]-b[0])*(a[0]-b[0]) + (a[1]-b[1])*(a[1]-b[1]) + (a[2]-b[2])*(a[2]-b[2]))
}

// The colours that carry meaning stay apart for people with each kind of
// colour blindness: the two classes of binary data (and the ends of the
// diverging palette, the same orange and blue), the first four classes,
// and each class against the heatmap's light grey middle.
func TestPaletteColourBlindSafe(t *testing.T) {
	mid := int(diverging[128][0])<<16 | int(diverging[128][1])<<8 | int(diverging[128][2])
	lo := int(diverging[0][0])<<16 | int(diverging[0][1])<<8 | int(diverging[0][2])
	hi := int(diverging[255][0])<<16 | int(diverging[255][1])<<8 | int(diverging[255][2])
	type pair struct {
		what string
		a, b int
		min  float64
	}
	pairs := []pair{{"binary classes", ClassColor(0), ClassColor(1), 40}, {"diverging ends", lo, hi, 40}}
	for i := range 4 {
		for j := i + 1; j < 4; j++ {
			pairs = append(pairs, pair{fmt.Sprintf("classes %d and %d", i, j), ClassColor(i), ClassColor(j), 10})
		}
		pairs = append(pairs, pair{fmt.Sprintf("class %d and the heatmap's middle", i), ClassColor(i), mid, 20})
	}
	for name, m := range cvd {
		for _, p := range pairs {
			d := deltaE(lab(p.a, m), lab(p.b, m))
			if d < p.min {
				t.Errorf("%s: %s (%s, %s) differ by ΔE %.1f < %.0f", name, p.what, CSSColor(p.a), CSSColor(p.b), d, p.min)
			}
			if testing.Verbose() {
				t.Logf("%-12s %-36s ΔE %5.1f", name, p.what, d)
			}
		}
	}
}

package draw

import "fmt"

// Colour-blind-safe colours (Okabe & Ito): blue for positive values and
// class 1, orange for negative values and class 0, and the rest of the
// Okabe-Ito set for further classes and layers.
const (
	ColBlue   = 0x0072b2
	ColOrange = 0xe69f00
	colSky    = 0x56b4e9
	ColGreen  = 0x009e73
	colYellow = 0xf0e442
	colVerm   = 0xd55e00
	colPurple = 0xcc79a7
	ColInk    = 0x222222
	ColGrey   = 0x888888
	ColWhite  = 0xffffff
	ColPaper  = 0xf5f5f5
	// ColAlert rings the units a coach's notice names (drawn 3 px wide).
	ColAlert = colVerm
)

// classColors colours class k (Okabe-Ito order, orange and blue first so
// that binary data matches the diverging palette).
var classColors = []int{ColOrange, ColBlue, ColGreen, colVerm, colSky, colPurple, colYellow, ColInk}

// ClassColor is the colour of class k (classColors, repeated for more).
func ClassColor(k int) int {
	return classColors[((k%len(classColors))+len(classColors))%len(classColors)]
}

// CSSColor is rgb as CSS text, "#rrggbb".
func CSSColor(rgb int) string { return fmt.Sprintf("#%06x", rgb&0xffffff) }

// diverging maps 0..255 to orange … light grey … blue.
var diverging = func() (lut [256][3]byte) {
	lo := [3]float64{0xe6, 0x9f, 0x00}
	mid := [3]float64{0xf5, 0xf5, 0xf5}
	hi := [3]float64{0x00, 0x72, 0xb2}
	for i := range lut {
		t := float64(i) / 255
		a, b, u := lo, mid, t*2
		if t > 0.5 {
			a, b, u = mid, hi, t*2-1
		}
		for k := 0; k < 3; k++ {
			lut[i][k] = byte(a[k] + (b[k]-a[k])*u + 0.5)
		}
	}
	return
}()

// DivergingRGB is the diverging colour of v in [-1, 1] as 0xRRGGBB.
func DivergingRGB(v float64) int {
	i := int((v + 1) / 2 * 255)
	if i < 0 {
		i = 0
	}
	if i > 255 {
		i = 255
	}
	c := diverging[i]
	return int(c[0])<<16 | int(c[1])<<8 | int(c[2])
}

// FillRGBA writes the colours of the 0..255 values vals into dst (RGBA),
// through the diverging palette, or by class when classes > 2.
func FillRGBA(dst []byte, vals []byte, classes int) []byte {
	dst = dst[:0]
	for _, v := range vals {
		var r, g, b byte
		if classes > 2 {
			k := int(float64(v)/255*float64(classes-1) + 0.5)
			c := ClassColor(k)
			// lighten class colours so that points stay visible on them
			r, g, b = light(c>>16), light(c>>8), light(c)
		} else {
			c := diverging[v]
			r, g, b = c[0], c[1], c[2]
		}
		dst = append(dst, r, g, b, 255)
	}
	return dst
}

func light(c int) byte { return byte((c&0xff)/2 + 0x7f) }

// Package fmath holds portable copies of the math functions whose standard
// library versions use assembly on amd64 (Exp, Log) and so may differ in the
// last bit from the portable Go code that runs under WebAssembly. Training
// and data generation use these so that native and browser runs give
// bit-identical numbers.
package fmath

import "math"

// Exp returns e**x to within about one ulp, the same bits on every
// platform.
//
// x = k·ln2/32 + r with |r| ≤ ln2/64, so e**x = 2^(k>>5) · 2^((k&31)/32) · e^r,
// the middle factor from a table and e^r from its Taylor polynomial to r⁶
// (truncation error below 4e-18). Unlike math.Exp's algorithm it has no
// division, which makes it about twice as fast in WebAssembly.
func Exp(x float64) float64 {
	const (
		ln2Hi     = 6.93147180369123816490e-01 // k·ln2Hi/32 is exact for the k used here
		ln2Lo     = 1.90821492927058770002e-10
		inv       = 32 / math.Ln2
		overflow  = 7.09782712893383973096e+02
		underflow = -7.45133219101941108420e+02
	)
	switch {
	case x != x || x > overflow:
		return x * math.Inf(1) // NaN stays NaN; overflow gives +Inf
	case x < underflow:
		return 0
	}
	var k int
	if x < 0 {
		k = int(x*inv - 0.5)
	} else {
		k = int(x*inv + 0.5)
	}
	fk := float64(k)
	r := (x - fk*(ln2Hi/32)) - fk*(ln2Lo/32)
	p := 1 + (r + r*r*(1.0/2+r*(1.0/6+r*(1.0/24+r*(1.0/120+r*(1.0/720))))))
	y := math.Float64frombits(exp2Table[k&31]) * p
	if m := k >> 5; m >= -1022 && m <= 1023 {
		return y * math.Float64frombits(uint64(m+1023)<<52)
	}
	return math.Ldexp(y, k>>5)
}

// exp2Table holds 2^(j/32), j = 0…31, correctly rounded, as bits.
var exp2Table = [32]uint64{
	0x3ff0000000000000, // 2^(0/32) = 1.0
	0x3ff059b0d3158574, // 2^(1/32) = 1.0218971486541166
	0x3ff0b5586cf9890f, // 2^(2/32) = 1.0442737824274138
	0x3ff11301d0125b51, // 2^(3/32) = 1.0671404006768237
	0x3ff172b83c7d517b, // 2^(4/32) = 1.0905077326652577
	0x3ff1d4873168b9aa, // 2^(5/32) = 1.1143867425958924
	0x3ff2387a6e756238, // 2^(6/32) = 1.1387886347566916
	0x3ff29e9df51fdee1, // 2^(7/32) = 1.1637248587775775
	0x3ff306fe0a31b715, // 2^(8/32) = 1.189207115002721
	0x3ff371a7373aa9cb, // 2^(9/32) = 1.215247359980469
	0x3ff3dea64c123422, // 2^(10/32) = 1.241857812073484
	0x3ff44e086061892d, // 2^(11/32) = 1.2690509571917332
	0x3ff4bfdad5362a27, // 2^(12/32) = 1.2968395546510096
	0x3ff5342b569d4f82, // 2^(13/32) = 1.3252366431597413
	0x3ff5ab07dd485429, // 2^(14/32) = 1.3542555469368927
	0x3ff6247eb03a5585, // 2^(15/32) = 1.383909881963832
	0x3ff6a09e667f3bcd, // 2^(16/32) = 1.4142135623730951
	0x3ff71f75e8ec5f74, // 2^(17/32) = 1.4451808069770467
	0x3ff7a11473eb0187, // 2^(18/32) = 1.4768261459394993
	0x3ff82589994cce13, // 2^(19/32) = 1.5091644275934228
	0x3ff8ace5422aa0db, // 2^(20/32) = 1.5422108254079407
	0x3ff93737b0cdc5e5, // 2^(21/32) = 1.5759808451078865
	0x3ff9c49182a3f090, // 2^(22/32) = 1.6104903319492543
	0x3ffa5503b23e255d, // 2^(23/32) = 1.645755478153965
	0x3ffae89f995ad3ad, // 2^(24/32) = 1.681792830507429
	0x3ffb7f76f2fb5e47, // 2^(25/32) = 1.718619298122478
	0x3ffc199bdd85529c, // 2^(26/32) = 1.7562521603732995
	0x3ffcb720dcef9069, // 2^(27/32) = 1.7947090750031072
	0x3ffd5818dcfba487, // 2^(28/32) = 1.8340080864093424
	0x3ffdfc97337b9b5f, // 2^(29/32) = 1.8741676341103
	0x3ffea4afa2a490da, // 2^(30/32) = 1.9152065613971474
	0x3fff50765b6e4540, // 2^(31/32) = 1.9571441241754002
}

// ExpAll replaces every x in v by Exp(x): the same bits, without a call
// per element in the usual range (calls are dear in WebAssembly).
func ExpAll(v []float64) {
	const (
		ln2Hi = 6.93147180369123816490e-01
		ln2Lo = 1.90821492927058770002e-10
		inv   = 32 / math.Ln2
	)
	for i, x := range v {
		// In this range k>>5 is within [-1022, 1023]: no overflow, no
		// underflow, no subnormal result. Anything else (NaN included)
		// takes Exp's own path.
		if !(x > -708 && x < 709) {
			v[i] = Exp(x)
			continue
		}
		var k int
		if x < 0 {
			k = int(x*inv - 0.5)
		} else {
			k = int(x*inv + 0.5)
		}
		fk := float64(k)
		r := (x - fk*(ln2Hi/32)) - fk*(ln2Lo/32)
		p := 1 + (r + r*r*(1.0/2+r*(1.0/6+r*(1.0/24+r*(1.0/120+r*(1.0/720))))))
		y := math.Float64frombits(exp2Table[k&31]) * p
		v[i] = y * math.Float64frombits(uint64(k>>5+1023)<<52)
	}
}

// Log returns the natural logarithm of x, computed as math.Log's portable
// Go code does.
func Log(x float64) float64 {
	const (
		ln2Hi = 6.93147180369123816490e-01
		ln2Lo = 1.90821492927058770002e-10
		l1    = 6.666666666666735130e-01
		l2    = 3.999999999940941908e-01
		l3    = 2.857142874366239149e-01
		l4    = 2.222219843214978396e-01
		l5    = 1.818357216161805012e-01
		l6    = 1.531383769920937332e-01
		l7    = 1.479819860511658591e-01
	)
	switch {
	case x != x || math.IsInf(x, 1):
		return x
	case x < 0:
		return math.NaN()
	case x == 0:
		return math.Inf(-1)
	}
	// math.Frexp, inline for normal numbers.
	var f1 float64
	var ki int
	if b := math.Float64bits(x); b>>52 != 0 {
		f1, ki = math.Float64frombits(b&^(0x7ff<<52)|1022<<52), int(b>>52)-1022
	} else {
		f1, ki = math.Frexp(x)
	}
	if f1 < math.Sqrt2/2 {
		f1 *= 2
		ki--
	}
	f := f1 - 1
	k := float64(ki)
	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	t1 := s2 * (l1 + s4*(l3+s4*(l5+s4*l7)))
	t2 := s4 * (l2 + s4*(l4+s4*l6))
	R := t1 + t2
	hfsq := 0.5 * f * f
	return k*ln2Hi - ((hfsq - (s*(hfsq+R) + k*ln2Lo)) - f)
}

// LogAll replaces every x in v by Log(x): the same bits, without a call per
// element for positive normal numbers.
func LogAll(v []float64) {
	const (
		ln2Hi = 6.93147180369123816490e-01
		ln2Lo = 1.90821492927058770002e-10
		l1    = 6.666666666666735130e-01
		l2    = 3.999999999940941908e-01
		l3    = 2.857142874366239149e-01
		l4    = 2.222219843214978396e-01
		l5    = 1.818357216161805012e-01
		l6    = 1.531383769920937332e-01
		l7    = 1.479819860511658591e-01
	)
	for i, x := range v {
		b := math.Float64bits(x)
		if !(x > 0) || b>>52 == 0 || b>>52 == 0x7ff { // not positive, subnormal, +Inf or NaN
			v[i] = Log(x)
			continue
		}
		f1, ki := math.Float64frombits(b&^(0x7ff<<52)|1022<<52), int(b>>52)-1022
		if f1 < math.Sqrt2/2 {
			f1 *= 2
			ki--
		}
		f := f1 - 1
		k := float64(ki)
		s := f / (2 + f)
		s2 := s * s
		s4 := s2 * s2
		t1 := s2 * (l1 + s4*(l3+s4*(l5+s4*l7)))
		t2 := s4 * (l2 + s4*(l4+s4*l6))
		R := t1 + t2
		hfsq := 0.5 * f * f
		v[i] = k*ln2Hi - ((hfsq - (s*(hfsq+R) + k*ln2Lo)) - f)
	}
}

// Tanh returns the hyperbolic tangent of x, to within about two ulps.
//
// It has no division and no exponential: |x| is split as a + h, with a on a
// grid of step 1/32 and |h| ≤ 1/64, and tanh(a+h) is the Taylor polynomial
// of degree 7 around a, whose coefficients are tabulated (truncation error
// below 1e-16). The table is computed at start-up from tanhDirect with
// plain arithmetic, so it is the same on every platform.
func Tanh(x float64) float64 {
	z := math.Abs(x)
	if !(z < tanhLimit) {
		if z != z {
			return x
		}
		return math.Copysign(1, x)
	}
	i := int(z*tanhGrid + 0.5)
	h := z - float64(i)*(1.0/tanhGrid)
	c := &tanhCoef[i]
	r := c[0] + h*(c[1]+h*(c[2]+h*(c[3]+h*(c[4]+h*(c[5]+h*(c[6]+h*c[7]))))))
	return math.Copysign(r, x)
}

// TanhAll replaces every x in v by Tanh(x): the same bits, without a call
// per element (calls are dear in WebAssembly).
func TanhAll(v []float64) {
	for k, x := range v {
		z := math.Abs(x)
		if !(z < tanhLimit) {
			if z == z {
				v[k] = math.Copysign(1, x)
			}
			continue
		}
		i := int(z*tanhGrid + 0.5)
		h := z - float64(i)*(1.0/tanhGrid)
		c := &tanhCoef[i]
		r := c[0] + h*(c[1]+h*(c[2]+h*(c[3]+h*(c[4]+h*(c[5]+h*(c[6]+h*c[7]))))))
		v[k] = math.Copysign(r, x)
	}
}

const (
	tanhGrid  = 32 // grid points per unit
	tanhLimit = 19.5
	tanhN     = int(tanhLimit*tanhGrid) + 2
)

// tanhCoef[i] holds the Taylor coefficients of tanh around i/32.
var tanhCoef = func() (c [tanhN][8]float64) {
	// The n-th derivative of tanh is a polynomial P_n in t = tanh(a), with
	// P_0(t) = t and P_{n+1}(t) = P_n'(t)·(1 - t²); integer coefficients.
	var poly [8][10]float64
	poly[0][1] = 1
	for n := 0; n < 7; n++ {
		for k := 1; k < 10; k++ { // d/dt of t^k is k t^(k-1); times (1 - t²)
			d := float64(k) * poly[n][k]
			poly[n+1][k-1] += d
			if k+1 < 10 {
				poly[n+1][k+1] -= d
			}
		}
	}
	fact := 1.0
	for i := range c {
		t := tanhDirect(float64(i) / tanhGrid)
		fact = 1
		for n := range 8 {
			if n > 0 {
				fact *= float64(n)
			}
			var v float64
			for k := 9; k >= 0; k-- {
				v = v*t + poly[n][k]
			}
			c[i][n] = v / fact
		}
		c[i][0] = t
	}
	return c
}()

// tanhDirect computes tanh from math.Tanh's rational approximation near 0
// and from Exp beyond.
func tanhDirect(x float64) float64 {
	const maxTanh = 22 // tanh(22) == 1 in float64
	z := math.Abs(x)
	switch {
	case z > maxTanh:
		if x < 0 {
			return -1
		}
		return 1
	case z >= 0.625:
		s := Exp(2 * z)
		z = 1 - 2/(s+1)
		if x < 0 {
			z = -z
		}
		return z
	case x == 0:
		return x
	}
	const (
		p0 = -9.64399179425052238628e-1
		p1 = -9.92877231001918586564e1
		p2 = -1.61468768441708447952e3
		q0 = 1.12811678491632931402e2
		q1 = 2.23548839060100448583e3
		q2 = 4.84406305325125486048e3
	)
	s := x * x
	return x + x*s*((p0*s+p1)*s+p2)/(((s+q0)*s+q1)*s+q2)
}

// Sigmoid returns 1/(1+e^{-x}) without overflow for either sign.
func Sigmoid(x float64) float64 {
	if x >= 0 {
		return 1 / (1 + Exp(-x))
	}
	e := Exp(x)
	return e / (1 + e)
}

package sha

import (
	"crypto/sha256"
	"encoding/hex"
	"math/rand/v2"
	"testing"
)

// TestKnown checks FIPS 180-4's examples.
func TestKnown(t *testing.T) {
	for in, want := range map[string]string{
		"":    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
		"abc": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
		"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq": "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
	} {
		got := Sum256([]byte(in))
		if hex.EncodeToString(got[:]) != want {
			t.Errorf("Sum256(%q) = %x, want %s", in, got, want)
		}
	}
}

// TestAgainstCrypto compares digests with crypto/sha256 for every length
// up to 300 bytes and for random lengths, written whole and in random
// pieces.
func TestAgainstCrypto(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for n := range 1000 {
		if n > 300 {
			n = rng.IntN(5000)
		}
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		want := sha256.Sum256(b)
		if got := Sum256(b); got != want {
			t.Fatalf("%d bytes: %x, want %x", n, got, want)
		}
		d := New()
		for rest := b; len(rest) > 0; {
			m := min(len(rest), 1+rng.IntN(130))
			d.Write(rest[:m])
			rest = rest[m:]
		}
		if got := d.Sum(); got != want {
			t.Fatalf("%d bytes in pieces: %x, want %x", n, got, want)
		}
		if again := d.Sum(); again != want {
			t.Fatalf("Sum changed the digest")
		}
	}
}

package app

import (
	"fmt"
	"math/rand/v2"
)

// newID returns a random version 4 UUID in its text form. (Not in upstream
// go-app, which calls github.com/google/uuid: that links crypto/rand and
// with it the FIPS 140 DRBG, AES and math/big into every program. The IDs
// name a browser's storage and broadcast channel, not secrets; math/rand/v2's
// generator is seeded from the browser's crypto.getRandomValues.)
func newID() string {
	a, b := rand.Uint64(), rand.Uint64()
	return fmt.Sprintf("%08x-%04x-4%03x-%04x-%012x", a>>32, (a>>16)&0xffff, a&0xfff, 0x8000|(b>>48)&0x3fff, b&0xffffffffffff)
}

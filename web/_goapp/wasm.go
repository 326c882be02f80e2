//go:build wasm
// +build wasm

// go-app v9.8.0's pkg/app/wasm.go for the playground's browser build, without
// GenerateStaticWebsite's stub (see README.md).

package app

import (
	"runtime"

	"github.com/maxence-charriere/go-app/v9/pkg/errors"
)

const (
	appJS        = ""
	appWorkerJS  = ""
	manifestJSON = ""
	appCSS       = ""
)

var (
	errBadInstruction = errors.New("unsupported instruction").
		WithTag("architecture", runtime.GOARCH)
)

func wasmExecJS() string {
	return ""
}

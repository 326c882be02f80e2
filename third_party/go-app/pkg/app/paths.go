package app

import "strings"

// Moved here from http.go, which the browser build leaves out (see
// third_party/go-app/README.md); the browser side uses them too.

func isRemoteLocation(path string) bool {
	return strings.HasPrefix(path, "https://") ||
		strings.HasPrefix(path, "http://")
}

func isStaticResourcePath(path string) bool {
	return strings.HasPrefix(path, "/web/") ||
		strings.HasPrefix(path, "web/")
}

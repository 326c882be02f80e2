// From go-app v9.8.0's pkg/app/http.go, which the playground's browser build
// leaves out (see README.md).

package app

import "strings"

func isRemoteLocation(path string) bool {
	return strings.HasPrefix(path, "https://") ||
		strings.HasPrefix(path, "http://")
}

func isStaticResourcePath(path string) bool {
	return strings.HasPrefix(path, "/web/") ||
		strings.HasPrefix(path, "web/")
}

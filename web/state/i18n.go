package state

import "github.com/nnplayground/playground/web/i18n"

// The store's short names for package i18n, as package web's (i18n.go).
var catalog = i18n.Catalog

func t(l, key string) string               { return i18n.T(l, key) }
func tf(l, key string, args ...any) string { return i18n.Tf(l, key, args...) }
func itoa(i int) string                    { return i18n.Itoa(i) }

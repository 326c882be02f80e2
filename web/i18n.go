package web

import "github.com/nnplayground/playground/web/i18n"

// The page's short names for package i18n (its words and number formats),
// used in every component's Render, where t(l, key) reads as the string it
// stands for.
var catalog = i18n.Catalog

func t(l, key string) string               { return i18n.T(l, key) }
func tf(l, key string, args ...any) string { return i18n.Tf(l, key, args...) }
func optText(l, name string) string        { return i18n.OptText(l, name) }
func plain(v float64, sig int) string      { return i18n.Plain(v, sig) }
func full(v float64) string                { return i18n.Full(v) }
func short(v float64) string               { return i18n.Short(v) }
func parseFloat(s string) (float64, bool)  { return i18n.ParseFloat(s) }
func itoa(i int) string                    { return i18n.Itoa(i) }

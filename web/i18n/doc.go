// Package i18n holds the page's words and its number formats: Catalog,
// every string of the page in English and in Simplified Chinese by key,
// read through T and Tf (which fall back to English, then to the key), and
// the formats of numbers on labels and in fields (Short, Plain, Full) with
// ParseFloat, which reads a number a person typed and refuses NaN and Inf.
//
// It imports neither the browser nor go-app: the page (package web) calls
// it through its short names t, tf, optText, short, plain, full,
// parseFloat and itoa (web/i18n.go), and its test (web/catalog_test.go)
// checks that every key the page's code uses has its words in each
// language.
package i18n

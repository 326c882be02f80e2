package web

import "testing"

// TestLinkInText: a link saved as a file opens whether the file holds the
// whole URL, the fragment or the payload alone, among other words.
func TestLinkInText(t *testing.T) {
	tests := []struct {
		Name, Text, Link string
		OK               bool
	}{
		{"url", "https://example.org/play/#v2.eJyabc\n", "#v2.eJyabc", true},
		{"fragment", "  #v1.eJy_x-\n", "#v1.eJy_x-", true},
		{"payload", "v12.abc", "#v12.abc", true},
		{"among words", "Exercise 3:\nhttps://x.org/?a=1#v2.eJy9\nGood luck", "#v2.eJy9", true},
		{"csv", "a,b\n1,2\n", "", false},
		{"version without digits", "vx.abc v.abc", "", false},
		{"empty", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			if l, ok := linkInText(tt.Text); l != tt.Link || ok != tt.OK {
				t.Errorf("linkInText(%q) = %q, %v; want %q, %v", tt.Text, l, ok, tt.Link, tt.OK)
			}
		})
	}
}

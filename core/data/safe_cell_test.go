package data

import "testing"

func TestSafeCell(t *testing.T) {
	tests := []struct{ Name, Input, Want string }{
		{"plain", "Adelie", "Adelie"},
		{"empty", "", ""},
		{"formula", "=1+1", "'=1+1"},
		{"plus", "+A1", "'+A1"},
		{"minus", "-A1", "'-A1"},
		{"at", "@SUM(A1)", "'@SUM(A1)"},
		{"tab", "\t=1", "'\t=1"},
		{"negative number", "-0.5", "-0.5"},
		{"positive exponent", "+1e3", "+1e3"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			if got := SafeCell(tt.Input); got != tt.Want {
				t.Errorf("SafeCell(%q) = %q, want %q", tt.Input, got, tt.Want)
			}
		})
	}
}

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
		{"equals inside", "a=b", "a=b"},
		{"sum", "=SUM(A1:A9)", "'=SUM(A1:A9)"},
		{"command", "+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"},
		{"arithmetic", "-2+3", "'-2+3"},
		{"carriage return", "\rx", "'\rx"},
		{"a minus alone", "-", "'-"},
		{"negative", "-1.5", "-1.5"},
		{"small exponent", "+2e-3", "+2e-3"},
		{"decimal comma", "-1,5", "-1,5"},
		{"capital exponent", "-1.5E+10", "-1.5E+10"},
		{"infinity", "-Inf", "'-Inf"},
		{"not a number", "-NaN", "'-NaN"},
		{"hexadecimal", "-0x1p-2", "'-0x1p-2"},
		{"out of range", "-1e999", "'-1e999"},
		{"thousands separator", "-1,234.5", "'-1,234.5"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			if got := SafeCell(tt.Input); got != tt.Want {
				t.Errorf("SafeCell(%q) = %q, want %q", tt.Input, got, tt.Want)
			}
		})
	}
}

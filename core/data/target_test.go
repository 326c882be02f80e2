package data

import (
	"testing"

	"github.com/nnplayground/playground/core/datasets"
)

func TestDefaultTarget(t *testing.T) {
	penguins, err := datasets.Text("penguins", 0, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		Name  string
		Input string
		Want  string
	}{
		{"penguins.csv", penguins, "species"},
		{"last column", "a,b,c\n1,2,x\n3,4,y\n5,6,x\n", "c"},
		{"Class in front", "Class,a,b\nx,1,2\ny,3,4\n", "Class"},
		{"class_label", "a,class_label,b\n1,x,2\n3,y,4\n", "class_label"},
		{"numeric y is not a label word", "y,a,b\n1,2,3\n4,5,6\n", "b"},
		{"year and id skipped", "price,rooms,year,id\n1,2,2007,a1\n3,4,2008,a2\n", "rooms"},
		{"row counter skipped", "a,b,n\n5,1,1\n6,2,2\n7,1,3\n", "b"},
		{"empty last column", "a,b,\n1,2,\n3,4,\n", "b"},
		{"nothing else", "id,year\na,2001\nb,2002\n", "year"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			tb, err := Parse(tt.Input)
			if err != nil {
				t.Fatal(err)
			}
			if got := DefaultTarget(tb); got != tt.Want {
				t.Errorf("DefaultTarget = %q, want %q", got, tt.Want)
			}
		})
	}
}

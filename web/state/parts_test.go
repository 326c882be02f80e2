package state

import (
	"go/token"
	"reflect"
	"testing"
)

// TestPartsHaveNoExportedFields: the components (package web) read the
// store only through methods. Store's exported fields are its parts, of
// unexported types, and no part exports a field (an embedded exported type
// would promote its fields, so none is embedded either); so a component can
// call a part's getters and the store's named changes, and nothing else.
func TestPartsHaveNoExportedFields(t *testing.T) {
	st := reflect.TypeOf(Store{})
	parts := 0
	for i := range st.NumField() {
		f := st.Field(i)
		if !f.IsExported() {
			continue
		}
		parts++
		if f.Anonymous || f.Type.Kind() != reflect.Struct || token.IsExported(f.Type.Name()) {
			t.Errorf("Store.%s (%s): an exported field must be a part, a struct of an unexported type", f.Name, f.Type)
			continue
		}
		for j := range f.Type.NumField() {
			if pf := f.Type.Field(j); pf.IsExported() || pf.Anonymous {
				t.Errorf("Store.%s.%s: a part's field is for the store's files only; add a getter", f.Name, pf.Name)
			}
		}
	}
	if parts == 0 {
		t.Error("Store has no exported part: the check sees nothing")
	}
}

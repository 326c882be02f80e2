package nn

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestTunableFields changes each field of Config alone, found by
// reflection so that a field added later is covered too: Tunable holds
// exactly for the fields that Tunables names (by their JSON names), so a
// new field needs a new network unless it is listed.
func TestTunableFields(t *testing.T) {
	base := Config{Hidden: []int{4}, LearningRate: 0.03, Seed: 1}.Defaults()
	typ := reflect.TypeFor[Config]()
	for i := range typ.NumField() {
		f := typ.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		t.Run(name, func(t *testing.T) {
			next := base
			next.Hidden = slices.Clone(base.Hidden)
			v := reflect.ValueOf(&next).Elem().Field(i)
			switch v.Kind() {
			case reflect.Slice:
				v.Set(reflect.Append(v, reflect.ValueOf(3)))
			case reflect.Bool:
				v.SetBool(!v.Bool())
			case reflect.Float64:
				v.SetFloat((v.Float() + 0.1) / 2) // stays in [0, 1) and positive
			case reflect.Int:
				v.SetInt(v.Int() + 1)
			case reflect.Uint64:
				v.SetUint(v.Uint() + 1)
			default:
				t.Fatalf("field %s of kind %v", f.Name, v.Kind())
			}
			a, _ := json.Marshal(base)
			b, _ := json.Marshal(next)
			if string(a) == string(b) {
				t.Fatalf("the edit of %s changed nothing", f.Name)
			}
			if got, want := Tunable(base, next), slices.Contains(Tunables(), name); got != want {
				t.Errorf("Tunable after a change of %s alone = %v, want %v (listed in Tunables: %v)", f.Name, got, want, want)
			}
		})
	}
}

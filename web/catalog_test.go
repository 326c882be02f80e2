package web

import (
	"os"
	"path/filepath"
	"regexp"

	"strconv"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/session"
)

// The summary's warnings read in Chinese, each kind with its numbers and
// names; in English they are the engine's.
func TestWarningText(t *testing.T) {
	var b strings.Builder
	b.WriteString("id,name,price,label\n")
	for i := range 30 {
		b.WriteString(strconv.Itoa(i+1) + ",p" + strconv.Itoa(i) + ",$" + strconv.Itoa(i%7) + ".50," + string("ab"[i%2]) + "\n")
	}
	b.WriteString("31,p31,free,a\n")
	s := session.Default()
	s.Dataset, s.Text, s.Ignore = "", b.String(), []string{"price"} // its "free" is then a warning, not an error
	ses, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	sum := ses.Summary()
	if len(sum.Notes) < 4 {
		t.Fatalf("%d notes: %+v", len(sum.Notes), sum.Notes)
	}
	for i, n := range sum.Notes {
		w := n.English()
		if got := warningText("en", n); got != w {
			t.Errorf("English warning %d = %q, want the engine's %q", i, got, w)
		}
		zh := warningText("zh", n)
		if zh == w || !strings.ContainsAny(zh, "列行格") {
			t.Errorf("Chinese warning %d = %q (English %q)", i, zh, w)
		}
		t.Logf("%s\n\t%s", w, zh)
	}
}

// Every catalog key the page's code names literally (t(l, "key") and
// tf(l, "key", …)) has English and Chinese words: a missing key would show
// as the key itself.
func TestCatalogKeysUsed(t *testing.T) {
	files, err := filepath.Glob("[a-z]*[a-z].go") // the page's code, not its tests
	inState, _ := filepath.Glob("state/[a-z]*[a-z].go")
	files = append(files, inState...)
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`\btf?\([A-Za-z.]+, "([a-zA-Z0-9_-]+)"`)
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(b), -1) {
			key := m[1]
			if strings.HasSuffix(key, "-") {
				continue // a prefix completed at run time
			}
			n++
			for _, l := range []string{"en", "zh"} {
				if l == "en" && zhOnly(key) {
					continue
				}
				if _, ok := catalog[l][key]; !ok {
					t.Errorf("%s: key %q has no %s text", f, key, l)
				}
			}
		}
	}
	if n < 100 {
		t.Errorf("found only %d uses of catalog keys: the pattern is out of date", n)
	}
}

// zhOnly reports whether key words, in other languages than English, what
// the engine says in English itself (data errors, divergences, the
// coach's explosions, notices and stops).
func zhOnly(key string) bool {
	for _, p := range []string{"err-", "diverged-", "exploded-", "notice-", "stop-"} {
		if strings.HasPrefix(key, p) {
			return true
		}
	}
	return false
}

// Every note of version 3's table rules reads in Chinese with all its
// parts in place (no fmt error such as %!d).
func TestTableRuleNotesText(t *testing.T) {
	for _, n := range []session.Note{
		{Kind: "did-you-mean", Name: "smoker", Action: "target"},
		{Kind: "left-out-empty", Name: "deck", N: 688, Of: 891, Action: "use"},
		{Kind: "left-out-id", Name: "id", N: 891, Of: 891, Action: "use"},
		{Kind: "left-out-name", Name: "name", N: 891, Of: 891, Action: "use"},
		{Kind: "left-out-time", Name: "due", Value: "soon", Action: "use"},
		{Kind: "timestamp", Name: "pickup", N: 4, Value: "days, hour, weekday, month"},
		{Kind: "imputed", Name: "age", N: 177, Of: 891, Value: "28"},
		{Kind: "imputed", Name: "embarked", N: 2, Of: 891, Value: data.MissingCategory},
		{Kind: "indicator", Name: "age", N: 177, Of: 891},
		{Kind: "top-k", Name: "zone", N: 50, Of: 1927},
		{Kind: "leak", Name: "alive", Action: "ignore"},
		{Kind: "as-classes", Name: "digit", N: 10, Of: 1797, Action: "numbers"},
	} {
		en, zh := warningText("en", n), warningText("zh", n)
		if en == n.Kind || zh == en || strings.Contains(zh, "%!") || strings.Contains(en, "%!") || !strings.Contains(zh, n.Name) {
			t.Errorf("%s: English %q, Chinese %q", n.Kind, en, zh)
		}
		for _, part := range []string{n.Value, strconv.Itoa(n.N)} {
			if n.N > 0 && !strings.Contains(zh, part) {
				t.Errorf("%s: Chinese %q lacks %q", n.Kind, zh, part)
			}
		}
	}
}

// Warnings about the data arrive as notes, worded by the page.
func TestStoreWarnings(t *testing.T) {
	s, _ := testStore(t)
	var b strings.Builder
	b.WriteString("id,x,y,label\n")
	for i := range 30 {
		b.WriteString(itoa(i+1) + "," + itoa(i%5) + "," + itoa(i%3) + "," + string("ab"[i%2]) + "\n")
	}
	x := session.Default()
	x.Dataset, x.Text = "", b.String()
	deliver(t, s, loaded(built(t, x)))
	if s.Data.Summary() == nil || len(s.Data.Summary().Notes) != 1 {
		t.Fatalf("notes %+v", s.Data.Summary())
	}
	n := s.Data.Summary().Notes[0]
	if en := warningText("en", n); !strings.Contains(en, `"id" identifies the rows`) || n.Action != "use" {
		t.Errorf("English warning %q", en)
	}
	if zh := warningText("zh", n); zh == n.English() || !strings.Contains(zh, "id") {
		t.Errorf("Chinese warning %q", zh)
	}
}

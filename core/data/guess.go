package data

// TargetGuess is GuessTarget's answer: the column to predict and, when
// another one scores close to it, that one.
type TargetGuess struct {
	Name string // "" for a table without columns
	Alt  string // a close runner-up, or ""
}

// Words that name an outcome in a column name, by weight: strong ones,
// names of quantities people predict, and "y".
var (
	outcomeWords = []string{"target", "label", "labels", "outcome", "outcomes", "survived", "survival", "species",
		"diagnosis", "result", "churn", "churned", "fraud", "default"}
	quantityWords = []string{"class", "price", "tip", "mpg", "quality", "grade", "score", "rating", "salary", "income",
		"charges", "cost", "sales", "revenue", "response", "disease", "medv", "medhouseval", "progression", "passed",
		"approved", "output", "expectancy"}
)

// GuessTargetV3 is the guess of settings of version 3, kept so that their
// links open as they did: the column a pasted table most likely wants to
// predict, by a score of each column's name and content:
//
//   - never a column that identifies rows (called an id, a rising run of
//     whole numbers, text with a different value in most rows), a
//     timestamp, a year, a column more than half empty, or one with more
//     than 100 different words;
//   - +6 for an outcome word in the name ("target", "label", "outcome",
//     "survived", "species", "diagnosis", "result", …), +4 for a predicted
//     quantity or "class" ("price", "tip", "mpg", "quality", "score", …),
//     +2 for "y";
//   - +2 for two values, +1.5 for text with 3 to 20 values, +1 for whole
//     numbers with 3 to 20 values each seen at least twice on average;
//   - +0.5 for the last column, +0.25 for the first.
//
// The highest score wins, the later column on a tie; Alt names the runner-up
// when it has some evidence of its own (1.5 or more) and is within 1 of the
// winner. A table whose every column is left out gets its last column with
// values.
func GuessTargetV3(t *Table) TargetGuess {
	return t.guess(func(c int, first, last bool) (scored, bool) {
		s, ok := t.targetScore(c, first, last)
		return scored{score: s, own: s}, ok
	}, func(best, alt scored) bool { return alt.own >= 1.5 && best.score-alt.score <= 1 })
}

// scored is a column's score as a target, and its part that does not
// come from the column's position.
type scored struct {
	c          int
	score, own float64
}

// guess is GuessTarget's and GuessTargetV3's choice: the column of the
// highest score (the later on a tie) among those score does not rule out,
// with the runner-up as Alt where close says so; the last column with
// values when every column is ruled out.
func (t *Table) guess(score func(c int, first, last bool) (scored, bool), close func(best, alt scored) bool) TargetGuess {
	if t == nil || t.cols == 0 {
		return TargetGuess{}
	}
	first, last := -1, -1
	for c := range t.cols {
		if !t.Empty(c) {
			if first < 0 {
				first = c
			}
			last = c
		}
	}
	if last < 0 {
		return TargetGuess{Name: t.Names[t.cols-1]}
	}
	best, alt := scored{c: -1}, scored{c: -1}
	for c := range t.cols {
		x, ok := score(c, c == first, c == last)
		if !ok {
			continue
		}
		x.c = c
		switch {
		case best.c < 0 || x.score >= best.score:
			alt, best = best, x
		case alt.c < 0 || x.score >= alt.score:
			alt = x
		}
	}
	if best.c < 0 {
		return TargetGuess{Name: t.Names[last]}
	}
	g := TargetGuess{Name: t.Names[best.c]}
	if alt.c >= 0 && close(best, alt) {
		g.Alt = t.Names[alt.c]
	}
	return g
}

// neverTarget reports whether column c, of profile p, is one that neither
// guess picks: without values, more than half empty, a timestamp, a year,
// one that identifies rows, text of more than 100 words, or, unless its
// name says it is a target (named), a distinct whole number in almost
// every row.
func (t *Table) neverTarget(c int, p colProfile, named bool) bool {
	switch {
	case p.n == 0, 2*p.missing > p.n+p.missing, p.time, t.isYear(c):
		return true
	case p.identifies(t.Names[c]), p.text && p.distinct > 100:
		return true
	}
	return p.whole && p.n >= 20 && 20*p.distinct >= 19*p.n && !named
}

// targetScore is GuessTargetV3's score of column c, and false for a column
// it never picks.
func (t *Table) targetScore(c int, first, last bool) (float64, bool) {
	p := t.profile(c)
	name := t.Names[c]
	word := 0.0
	switch {
	case nameHas(name, outcomeWords...):
		word = 6
	case nameHas(name, quantityWords...):
		word = 4
	case nameHas(name, "y"):
		word = 2
	}
	if t.neverTarget(c, p, word != 0) {
		return 0, false
	}
	s := word
	switch {
	case p.distinct == 2:
		s += 2
	case p.text && p.distinct <= 20:
		s += 1.5
	case p.whole && p.distinct <= 20 && 2*p.distinct <= p.n:
		s++
	}
	if last {
		s += 0.5
	}
	if first {
		s += 0.25
	}
	return s, true
}

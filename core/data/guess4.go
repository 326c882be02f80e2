package data

import (
	"slices"
	"strings"
	"unicode"
)

// The words of GuessTarget beyond those of version 3: outcomes of
// bookings, and quantities named as a value or a count.
var (
	outcomeWords4  = append(outcomeWords[:len(outcomeWords):len(outcomeWords)], "canceled", "cancelled")
	quantityWords4 = append(quantityWords[:len(quantityWords):len(quantityWords)], "value", "count", "cnt")
)

// GuessTarget returns the column a pasted table most likely wants to
// predict. Tables as people download them (Kaggle's, UCI's, seaborn's)
// put it last far more often than anywhere else, so the position counts
// about as much as a name, and a name counts less when the word is only a
// part of it ("median_income" beside "median_house_value"):
//
//   - never a column that identifies rows (called an id, a rising run of
//     whole numbers, text with a different value in most rows), a
//     timestamp, a time of day, a year, a column more than half empty, or
//     one with more than 100 different words;
//   - the name, split into words at anything but letters and digits and
//     where the case changes ("SalePrice": sale, price): +6 for an outcome
//     word ("target", "label", "outcome", "survived", "species",
//     "diagnosis", "result", "churn", "canceled", …) and for a column
//     called just "y" in a table without an "x"; +4 for a predicted
//     quantity or "class" as the whole name ("price", "tip", "charges",
//     "value", "count", …), +3 as a word of a longer name ("SalePrice");
//     +2 for "y" otherwise;
//   - the content: +1 for two values, +0.5 for text with 3 to 20 values
//     or whole numbers with 3 to 20 values each seen at least twice on
//     average;
//   - the position: +2.25 for the last column with values, and 1.5 more
//     when it holds two values; +0.25 for the first.
//
// The highest score wins, the later column on a tie. Alt names the
// runner-up when its name or content speaks for it (1 or more before the
// position) and it is within 2.25 of the winner, so that where the
// position decided, the other column is offered. A table whose every
// column is left out gets its last column with values.
//
// Settings of version 3 guess with GuessTargetV3, the rule before this one.
func GuessTarget(t *Table) TargetGuess {
	if t == nil {
		return TargetGuess{}
	}
	hasX := slices.ContainsFunc(t.Names, func(n string) bool { return strings.EqualFold(strings.TrimSpace(n), "x") })
	return t.guess(func(c int, first, last bool) (scored, bool) {
		own, ok := t.evidence(c, hasX)
		x := scored{score: own, own: own}
		if last {
			x.score += 2.25
			if t.profile(c).distinct == 2 {
				x.score += 1.5
			}
		}
		if first {
			x.score += 0.25
		}
		return x, ok
	}, func(best, alt scored) bool { return alt.own >= 1 && best.score-alt.score <= 2.25 })
}

// evidence is GuessTarget's score of column c before its position, and
// false for a column it never picks.
func (t *Table) evidence(c int, hasX bool) (float64, bool) {
	p := t.profile(c)
	name := t.Names[c]
	words := nameWords(name)
	has := func(list []string) bool {
		for _, w := range words {
			for _, x := range list {
				if w == x {
					return true
				}
			}
		}
		return false
	}
	word := 0.0
	switch {
	case has(outcomeWords4), len(words) == 1 && words[0] == "y" && !hasX:
		word = 6
	case has(quantityWords4) && len(words) == 1:
		word = 4
	case has(quantityWords4):
		word = 3
	case has([]string{"y"}):
		word = 2
	}
	if p.clock || t.neverTarget(c, p, word != 0) {
		return 0, false
	}
	s := word
	switch {
	case p.distinct == 2:
		s++
	case p.text && p.distinct <= 20, p.whole && p.distinct <= 20 && 2*p.distinct <= p.n:
		s += 0.5
	}
	return s, true
}

// nameWords returns the words of a column name in lower case: split at
// anything but letters and digits, and where the case changes, as in
// "SalePrice" (sale, price) and "MSSubClass" (ms, sub, class).
func nameWords(name string) []string {
	var words []string
	for _, part := range strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		rs := []rune(part)
		start := 0
		for i := 1; i < len(rs); i++ {
			lowerUpper := unicode.IsLower(rs[i-1]) && unicode.IsUpper(rs[i])
			acronymEnd := i+1 < len(rs) && unicode.IsUpper(rs[i-1]) && unicode.IsUpper(rs[i]) && unicode.IsLower(rs[i+1])
			if lowerUpper || acronymEnd {
				words = append(words, strings.ToLower(string(rs[start:i])))
				start = i
			}
		}
		words = append(words, strings.ToLower(string(rs[start:])))
	}
	return words
}

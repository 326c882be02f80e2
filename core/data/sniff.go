package data

// sniffRecords is how many records sniff looks at.
const sniffRecords = 50

// sniff guesses the delimiter of text: the one of ',', '\t' and ';' that
// occurs the same non-zero number of times (outside quotes) on each of the
// first records (the most frequent one if several do, and on a tie tab,
// then ';', then ',': commas are the likeliest inside fields, as decimal
// commas or in text); else ' ' when every record
// splits into the same number (>1) of whitespace-separated fields; else the
// delimiter most frequent on the first record, so that the reader reports
// the ragged rows; else ',' (a single column).
func sniff(text string) rune {
	d, _ := sniffHead(text)
	return d
}

// sniffHead is sniff, and reports whether text held sniffRecords records
// ended by a line end: then sniff of any text that starts with it gives
// the same delimiter.
func sniffHead(text string) (delim rune, enough bool) {
	delims := [3]byte{'\t', ';', ','} // on a tie the first wins: commas are the likeliest inside fields
	var first, prev [3]int
	consistent := [3]bool{true, true, true}
	firstWS, prevWS, wsConsistent := 0, 0, true
	var count [3]int
	ws, inField, inQuote := 0, false, false
	n := 0
	endRecord := func() {
		blank := ws == 0 && count == [3]int{}
		if blank {
			return
		}
		if n == 0 {
			first, prev, firstWS, prevWS = count, count, ws, ws
		}
		for i := range count {
			if count[i] != prev[i] || count[i] == 0 {
				consistent[i] = false
			}
		}
		if ws != prevWS || ws < 2 {
			wsConsistent = false
		}
		n++
	}
	for i := 0; i < len(text) && n < sniffRecords; i++ {
		c := text[i]
		if c == '"' {
			inQuote = !inQuote
		}
		if inQuote {
			if !inField {
				inField = true
				ws++
			}
			continue
		}
		switch c {
		case '\n':
			endRecord()
			count, ws, inField = [3]int{}, 0, false
			continue
		case ' ', '\t', '\r':
			inField = false
		default:
			if !inField {
				inField = true
				ws++
			}
		}
		for j, d := range delims {
			if c == d {
				count[j]++
			}
		}
	}
	enough = n >= sniffRecords
	if !enough {
		endRecord()
	}
	best := -1
	for i := range delims {
		if consistent[i] && (best < 0 || first[i] > first[best]) {
			best = i
		}
	}
	if best >= 0 {
		return rune(delims[best]), enough
	}
	if wsConsistent && n > 0 {
		return ' ', enough
	}
	for i := range delims {
		if first[i] > 0 && (best < 0 || first[i] > first[best]) {
			best = i
		}
	}
	if best >= 0 {
		return rune(delims[best]), enough
	}
	if firstWS > 1 {
		return ' ', enough
	}
	return ',', enough
}

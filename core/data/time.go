package data

// parseTime reads a date or timestamp.
func parseTime(s string) (days float64, ok bool) { return 0, false }

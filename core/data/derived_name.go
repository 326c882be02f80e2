package data

// Name returns the input name of the derived feature: x², x·y, sin(x),
// cos(x), as Dataset.Inputs lists it.
func (d Derived) Name() string { return derivedName(d) }

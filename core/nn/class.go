package nn

// Class returns the class that one row of a classifier's outputs stands
// for, and equally one row of encoded targets (data.Split.Y):
//
//   - one value (binary: a sigmoid's probability of the second class, or
//     a 0/1 target): 1 when it is at least 0.5, else 0;
//   - several (multiclass: softmax probabilities, or a one-hot target):
//     the index of the first largest.
//
// A NaN is never at least 0.5 and never larger than another value, so a
// row of NaNs is class 0. Accuracy, the confusion matrix, the predictions
// CSV and the decision heatmap all use this rule. Class panics when out is
// empty.
func Class(out []float64) int {
	switch len(out) {
	case 0:
		panic("nn: Class of an empty row")
	case 1:
		if out[0] >= 0.5 {
			return 1
		}
		return 0
	}
	k := 0
	for i, x := range out {
		if x > out[k] {
			k = i
		}
	}
	return k
}

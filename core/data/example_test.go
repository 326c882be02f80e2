package data_test

import (
	"fmt"
	"log"

	"github.com/nnplayground/playground/core/data"
)

func Example() {
	text := `x1,x2,y,split
1,2,1,train
2,3,2,train
3,4,3,train
4,5,4,train
5,6,5,test
`
	t, err := data.Parse(text)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(t.Names, t.Kinds)
	ds, err := data.Prepare(t, data.Spec{Target: "y", SplitColumn: "split"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(ds.Summary())
	// The test row is normalized with the training mean and std.
	fmt.Printf("test x = [%.4f %.4f]\n", ds.Test.X[0], ds.Test.X[1])
	fmt.Printf("test y = %.4f (raw %.4f)\n", ds.Test.Y[0], ds.Prep.TargetToRaw(ds.Test.Y[0]))
	// Output:
	// [x1 x2 y split] [numeric numeric numeric categorical]
	// 5 rows; 2 inputs; regression of y; 4 train, 1 test
	// test x = [2.2361 2.2361]
	// test y = 2.2361 (raw 5.0000)
}

func ExampleParse_errors() {
	t, err := data.Parse("a,b\n1,2\n3,oops\n5,6\n7,8\n")
	if err != nil {
		log.Fatal(err)
	}
	// A stray word keeps the column numeric; it is an error only if used.
	fmt.Println(t.Kinds[1], t.Errors[0])
	_, err = data.Prepare(t, data.Spec{})
	fmt.Println(err)
	_, err = data.Parse("a,b\n1,2\n3,4,5\n")
	fmt.Println(err)
	// Output:
	// numeric data: line 3, column 2: "oops": not a number in a numeric column
	// data: line 3, column 2: "oops": not a number in a numeric column
	// data: line 3, column 3: "5": extra field: more fields than the first row
}

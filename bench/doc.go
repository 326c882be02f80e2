// Command bench runs `make bench-tables`: the page's defaults on tables as
// they come, beside scikit-learn.
//
//	make bench-tables                    # all tables, then docs/bench-tables.md
//	make bench-tables BENCH_ONLY='iris'  # some tables, to .bench/bench-tables.md
//	go run ./bench -nnplay PATH [-only REGEXP] [-out FILE] [-memory-rows N]
//
// # The suite
//
// manifest.json lists the tables with their documented targets and sources:
// the tables of shared/data and the ones scikit-learn bundles (exported by
// export_sklearn.py with Debian's python3-sklearn, as a user would with
// as_frame=True: the target last, named target), both copied into tables/,
// and generated ones (gen_*.go, seeded): a messy 50,000-row customer table
// (an id, a name, a timestamp, a mostly empty column, missing numbers, a
// leak, integer class labels) and tables in the layouts of seaborn's
// titanic, tips, mpg, diamonds, taxis and planets. Generated tables are
// written to the work folder (.bench/tables) at run time.
//
// # A run
//
// For each table, nnplay (cmd/nnplay, built by the make target) trains as
// the page trains a pasted table: `nnplay train` on a CSV file starts from
// session.Pasted(session.Default(), text), the function the page's data
// panel calls, so the target guess, the preparation, the validation share
// and the stop rules are the page's whatever they become; training runs
// until the page's stop rules end it (-epochs is only a limit). It runs
// twice: the default path (the guessed target) and the documented path
// (-target set), once when the guess is the documented target. nnplay
// writes the prepared split (-write-split) and a report (-report);
// sklearn_ref.py fits LogisticRegression or Ridge and MLPClassifier or
// MLPRegressor with their defaults on the same training and validation
// rows and scores them on the same test rows. A table of fewer than
// 10,000 rows (-seed-rows) runs each path with seeds 1 to 5 (-seeds; the
// seed draws the split and the initial weights, and the page's is 1), and
// the results compare the means: one split of a small table moves the
// test metric by more than the goals' tolerances. Last, nnplay trains on
// 1,000,000-row tables under /usr/bin/time -v for the peak memory: the
// diamonds layout (48 MB), and the messy table, whose 81 MB pass core/data's
// 64 MB limit (the run reports what nnplay says).
//
// The results, what the page says about each table (the summary and its
// notes), the goals for tables as they come (the guess is the documented target
// in 80 % of the tables; every table at least the linear model − 0.01
// accuracy or − 0.02 R²; the median at least sklearn's MLP) and the
// memory figure go to docs/bench-tables.md. They are reported, not
// asserted: `make test` runs only this package's unit tests (the manifest
// and the generators).
package main

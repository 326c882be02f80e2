// Package data turns pasted text into training data: Parse reads CSV-like
// text into a Table, and Prepare turns a Table into a Dataset ready for a
// network (feature selection, missing values, one-hot encoding, derived
// features, a seeded train/test split and normalization), together with the
// Preprocessor that does the same to new rows.
//
// Every problem with the data is a *ParseError naming the line and column
// and quoting the offending text, with a sentinel Err… value for errors.Is.
// Nothing in this package panics on bad data, and no NaN or infinity ever
// reaches a Dataset.
//
// # Parsing
//
// Parse accepts comma-, tab-, semicolon- and whitespace-separated text. The
// delimiter is sniffed from the first 50 records: the one of ',', '\t' and
// ';' that occurs equally often (outside quotes) on each of them wins, then
// runs of spaces and tabs. Fields may be double-quoted, with "" for a quote,
// delimiters and (except for whitespace-separated text) line breaks inside.
// A UTF-8 byte order mark and CRLF line ends are accepted, blank lines are
// skipped, and cells are trimmed of surrounding spaces.
//
// The first row is a header when none of its cells is a number and a column
// with a name in it holds numbers below, or when all its cells are distinct
// words that appear nowhere else in their columns. Without a header the
// columns are named col1, col2, …; empty names get the same treatment and
// repeated names a suffix (x, x_2).
//
// Numbers are what strconv.ParseFloat reads: signs, decimals and exponents
// (-1.5e-3); and, in a column where most cells that are not such numbers
// are written as spreadsheets export them, those too: decimal commas when
// the fields are not comma-separated (1.234,5) and the column reads so,
// else decimal points (2,782.9 in a tab-separated file), thousands
// separators (1,200), currency signs ($3.50, 12,50 €) and percent signs
// (15% reads as 15). Such cells are rewritten as plain numbers and the
// column is listed in Table.Formatted. A first line "sep=;" names the
// delimiter, and a row of empty cells is skipped like a blank line. The
// cells empty, NA, N/A, NaN, nan, ?, null, NULL, None, a dash (-, –, —),
// "..", n.a. and a spreadsheet's error values (#N/A, #DIV/0!, …) are
// missing values. A
// column is Numeric when more than half of its present
// cells look like numbers; its other cells are listed in Table.Errors
// (ErrNotNumber for words, ErrNotFinite for inf, -Infinity or 1e999), and
// Prepare fails on them only when the column is used. Other columns are
// Categorical.
//
// Limits: up to MaxBytes (64 MB) of text, MaxRows (1,000,000) data rows and
// MaxColumns (10,000) columns; more is an error naming the limit.
//
// Positions: lines are 1-based lines of the original text (the header, when
// present, is line 1); columns are 1-based field numbers, not character
// offsets. Errors about the whole input or a Spec have Line or Column 0.
//
//	t, err := data.Parse("x,y,label\n1,2,a\n3,4,b\n")
//	// t.Names = [x y label], t.Kinds = [Numeric Numeric Categorical]
//
// ReadChunks reads a file's table as Parse reads DecodeText of its bytes,
// with the same names, kinds, rows and errors, but a chunk of rows at a
// time (at most MaxChunkBytes of text): its memory does not grow with the
// rows. nnplay predict streams tables with it, and Preprocessor's
// Transformer encodes the chunks.
//
// # Preparing
//
// Prepare takes the Spec's roles: Target (default the last column with a
// value: a trailing delimiter makes an empty last column), Ignore, and an
// optional SplitColumn of "train"/"test" values. Every other column with a
// value is a feature. A Categorical target (or a Numeric one with AsClasses, or
// with exactly two distinct values such as 0 and 1) is a Binary or
// Multiclass task with the sorted distinct values as classes; another
// Numeric target is Regression.
//
// Rows with a missing target are always dropped. Missing feature values drop
// the row (DropRows), are filled (FillMean) with the training split's mean
// (Numeric) or most frequent category (Categorical), or are imputed
// (Impute) as a data scientist would: a number with the training rows'
// median, plus a missing-indicator input ("age (missing)", 1 where the value
// is missing) for a column missing in IndicatorShare (5 %) of the rows or
// more; a category with the category "(missing)". Dataset.Dropped counts
// the dropped rows and Dataset.Summary reports them.
//
// # Tables as they come (Spec.Auto)
//
// Settings of version 3 turn on Spec.Auto, so that no column stops a pasted
// table from loading and none quietly spoils the model. Each rule leaves a
// Note in Dataset.Notes, naming the column:
//
//   - a column missing in more than half the rows is left out
//     ("left-out-empty": N missing of Of rows); so is one that identifies
//     rows: called an id, index or row, a rising run of whole numbers each
//     seen once, or text with a different value in more than half the rows
//     and more than 20 values ("left-out-id"; "left-out-name" for text with
//     spaces or called a name: N values in Of rows). Spec.Use brings any of
//     them back;
//   - a categorical column whose every value is a date or a timestamp
//     (2019-03-23, 2019/03/23, 2019-03-23 20:21:09, 2019-03-23T20:21:09Z,
//     with " UTC" or an offset ±hh:mm; or with the year last, 3/23/2019 or
//     23.03.2019, month or day first as the column's dates show, recorded
//     in FeatureColumn.Layout) is a Timestamp column: its inputs are
//     its time in days since 1970 and, where they vary, its hour, weekday
//     and month ("timestamp": N inputs, named in Value); one whose values
//     are nine in ten such but not all is left out ("left-out-time", Value
//     one that is not a time);
//   - with Spec.Clock, a categorical column whose every value is a time of
//     day without a date (14:30, 09:00:15, 2:30 PM) is a Timestamp column
//     of Layout "clock": one input, its time in days since midnight
//     ("clock");
//   - a categorical input with more than MaxKept (50) values keeps its 50
//     most frequent and "(other)", which also takes values never seen
//     ("top-k": N kept of Of);
//   - a numeric target of 3 to 20 different whole numbers, each seen twice
//     on average, is a set of classes unless Spec.AsNumbers ("as-classes");
//   - with Impute, each column filled is noted ("imputed": N of Of rows,
//     Value the median or "(missing)"), and each indicator ("indicator");
//   - with Spec.Leaks (pasted tables), a feature that alone gives the
//     target on the training rows is noted as a possible leak ("leak"): a categorical column (at most one
//     value per ten rows) whose every value goes with one class, a number
//     whose values per class lie in ranges that do not overlap, or, for a
//     numeric target, a number correlated with it at |r| ≥ 0.999.
//
// GuessTarget guesses the column to predict from its position, name and
// content, never a column that identifies rows, and names a close
// runner-up (GuessTargetV3 is the guess of settings of version 3).
//
// Categorical features are one-hot encoded with one input per category
// ("island=Biscoe"), categories sorted, taken from all kept rows (then
// "(missing)" and "(other)" when the rules above add them). Derived
// features (x², x·y, sin(x), cos(x)) are computed from the raw values and
// appended after the base inputs.
//
// The split shuffles the rows with a PCG generator seeded by Spec.Seed and
// sends round(TestRatio·n) of them to the test split — per class for
// classification, keeping at least one training row of each class. Both
// splits list their rows in table order (Split.Rows). The same Table, Spec
// and seed always give the same Dataset.
//
// Normalization (ZScore, MinMax or NoNorm) is fitted on the training split
// only and applied to both splits; a constant column gets scale 1. One-hot
// inputs are left as 0 and 1. A Regression target is normalized the same
// way, and Preprocessor.TargetToRaw converts outputs back.
//
//	ds, err := data.Prepare(t, data.Spec{Target: "label", TestRatio: 0.2, Seed: 1})
//	fmt.Println(ds.Summary())
//
// # Preprocessor
//
// Dataset.Prep records everything needed to encode new rows: feature columns
// and their categories and fill values, derived features, and the training
// statistics. It is plain data that encoding/json round-trips exactly.
// Transform encodes a new Table by column name (a Timestamp column's cells
// read again as times), Labels reads its targets, CellReader reads one cell,
// and TransformRow encodes one row of raw numbers (all features numeric),
// for example a point of a heatmap grid.
package data

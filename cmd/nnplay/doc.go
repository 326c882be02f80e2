// Command nnplay trains the playground's networks on the command line with
// the same code the browser runs (core/session, core/nn), and exports them
// as NumPy or PyTorch scripts.
//
//	go install github.com/nnplayground/playground/cmd/nnplay@latest
//
// # Train
//
//	nnplay train [flags] <file.csv | session.json | settings.json | link>
//	nnplay train [flags] -dataset iris
//
// The source is a CSV or TSV table, a session file saved by the page, a
// settings JSON file (session.Settings), or a playground link (the whole
// URL or its "#v1." fragment). The flags are named like the page's
// controls and default to the page's starting settings:
//
//	-layers 4,2 -activation tanh -loss auto -optimizer sgd -learning-rate 0.03
//	-batch-size 10 -regularization none|l1|l2 -reg-rate 0 -clip 0 -decay 0
//	-test-ratio 0.3 -normalization zscore|minmax|none -missing impute|drop|fill
//	-seed 1 -target NAME -ignore a,b -use a,b -as-classes -as-numbers
//	-dataset NAME -points N -noise 0.1
//
// A table starts from the settings the page gives a pasted table
// (session.Pasted): the target guessed, the table defaults of the current
// settings version, the network and training of session.TableModel (one
// layer of 16 tanh units, Adam, an L2 penalty from the table's rows; the
// flags above show the circle's), a validation share and early stopping
// with the best weights restored (-stop-defaults=false: neither). With a session file or a
// link only the flags given change its settings.
// Outputs:
//
//	-epochs 100          epochs to train
//	-out model.json      the trained model (nn.Model JSON, with its preprocessing)
//	-history h.csv       epoch, losses, metrics and RMSE of every epoch (epoch 0 = before training)
//	-link                print a playground link of the settings and trained weights
//	-write-split dir     the prepared rows (the network's inputs, then "y": the prepared target or the class index)
//	                     as dir/train.csv, valid.csv and test.csv, for fitting another library on the same split
//	-report r.json       the data summary as the page gets it (and its notes in English), the final stats, the stop, the times and the
//	                     linear reference (core/baseline) on the same split
//
// On a terminal a progress bar shows the epoch, the loss, the metric, the
// rate and the time left; when the output is not a terminal it prints plain
// lines instead (about twenty).
//
// # Validation, stop rules and the coach
//
//	-valid-ratio 0.2     hold out a share of the training rows for validation (seeded, stratified)
//	-patience 30         early stopping: stop after 30 epochs without a new lowest validation loss
//	                     (a table's defaults instead wait max(20, a quarter of the epochs trained),
//	                     never before 2,000 updates; docs/stop-rules.md)
//	-restore-best        on stopping, put back the weights of the lowest validation loss
//	-target-loss 0.1     stop once the validation loss (training loss without validation) is this low
//	-target-metric 0.95  stop once the validation accuracy or R² is this high
//	-max-epochs 500      stop at this epoch (a setting, kept in links)
//
// These are settings (session.Settings ValidRatio and Stop, nn.StopRules).
// The coach (nn.Coach; -coach=false turns it off) prints a notice when
// units die or saturate, gradients vanish or the held-out loss overfits,
// and stops training with an explanation when the loss, the weights or the
// gradient explode (exit status 1, like a loss that becomes NaN).
//
// # Same numbers as the browser
//
// The same seed, data and settings give the same loss at every epoch as the
// page: the browser's worker runs the same core code in WebAssembly, and
// core/nn's tests prove native and WebAssembly runs bit-identical. The
// tests here check that `nnplay train` writes, bit for bit, the history
// that session.Build and Trainer.Step compute.
//
// # Every core
//
// Batches larger than 64 rows (nn.MaxRows) are cut into chunks of 64 rows whose
// gradients are summed by as many goroutines as there are processors (up
// to 8), and the chunks' sums are added in order. The cut depends only on
// the batch, so the results are bit-identical to a single-threaded run
// (GOMAXPROCS=1) and to the browser's; the tests check it.
//
// # Predict
//
//	nnplay predict -model model.json [-o out.csv] data.csv
//
// applies the model's stored preprocessing (one-hot categories, derived
// features, the normalization fitted on its training split) to a new table
// and writes the predictions as CSV in the columns of the page's
// predictions file (nn.AppendPredictionsCSV): the table's columns but the
// target, "actual" (the target's value or class when the table has that
// column, else empty), "predicted" (the value for regression, or the class)
// and for classification one "p_<class>" column with each class's
// probability. A cell that a spreadsheet would read as a formula (=, +, -,
// @ first, and not a number) is written with a leading single quote.
// The table is read and written a chunk at a time (data.ReadChunks), so
// that its memory does not grow with the rows: every error in the table's
// text comes before anything is written, and an error in a row (a word in
// a numeric column, an unseen category) stops the writing after the
// chunks before it.
//
// # Export
//
//	nnplay export -format numpy|pytorch [training flags] <source> [-o script.py]
//	nnplay export -format numpy|pytorch -model model.json -data data.csv [-o script.py]
//
// writes a Python script (see core/export) that loads the same split and
// initial weights and trains in float64; from a session it replays the Go
// trainer's batch order, so that the NumPy script's losses match the Go
// losses to rounding. Data over 50,000 values goes to a .npz file next to
// the script.
//
// # Check a class's completion codes
//
//	nnplay check [-o out.csv] [-class names.txt] EXERCISE-LINK CODES-FILE
//
// re-runs every completion code in CODES-FILE (one per line, or among the
// words of pasted chat text; "-" reads standard input) against the
// exercise (its link, URL, or a file holding it) and writes the class
// table as CSV, with the page's columns: name, verdict (accepted, flagged,
// refused or missing), metric (as the readouts round it), epoch, flag,
// reason (in a teacher's words) and cause (the technical error). The same
// code twice, the same training under two names, and with -class a name
// not in the class list are flagged, and each name of the list with no
// code is a row of its own, "missing". Codes refused by a cheap check cost
// no training. Cells that a spreadsheet would read as formulas are
// escaped.
//
// # Errors
//
// Bad flags exit with status 2, bad files or data with status 1; data
// errors name the file, the line and the column.
package main

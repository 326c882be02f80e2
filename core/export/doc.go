// Package export writes a playground network and its data as Python code
// for the tools the field uses: a self-contained NumPy script (forward
// pass, loss, backpropagation and optimizer written out plainly) and a
// PyTorch script (nn.Sequential, torch.optim). Both load the same initial
// weights and the same split, fit the normalization on the training rows
// only, train in float64 and continue training from where the playground
// stopped. The code is generated with text/template; this package runs no
// Python.
//
// # Problems
//
// A Problem holds everything a script needs. FromSession takes a freshly
// built session (core/session) and also records the order in which the Go
// trainer visits the training rows in its first epochs, so that the NumPy
// script reproduces the Go losses up to rounding (the tests check 1e-9
// relative over 20 epochs of SGD, and 1e-6 for PyTorch over 5 epochs).
// FromModel takes a trained model (nn.Model) and a table to continue
// training on.
//
//	s, _ := session.Build(settings)
//	p, _ := export.FromSession(s, 20)
//	export.NumPy(w, p, export.Options{})
//
// # Data
//
// Small data is written inline as Python literals that read back as the
// same float64 values. For large tables set Options.DataFile and write the
// arrays with WriteNPZ next to the script.
//
// # Running a script
//
//	python3 script.py [EPOCHS]   train, printing every epoch's losses
//	python3 script.py --check    JSON: {"forward": initial outputs of the
//	                             training then test rows, "losses": the
//	                             training loss after each epoch}
package export

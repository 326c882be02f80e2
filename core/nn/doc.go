// Package nn is the playground's neural-network engine: dense networks,
// their training (Trainer), and a coach that explains what goes wrong.
//
// # Training
//
// NewTrainer builds a network for a data.Dataset from a Config; Step trains
// one epoch and Stats reports the losses and metrics of every split. The
// same seed, data and settings give the same bits on every platform,
// natively and in WebAssembly.
//
// # The coach
//
// A Coach watches training epoch by epoch, as the tutorial's FAQ answers
// its questions:
//
//	tr, _ := nn.NewTrainer(ds, cfg)
//	coach := nn.NewCoach(tr, nn.CoachConfig{})
//	for {
//		if err := tr.Step(); err != nil { // *DivergedError: NaN or ±Inf
//			break
//		}
//		notices, err := coach.Check(tr.Stats())
//		// notices: dead or saturated units, vanishing gradients, overfitting
//		if err != nil { // *ExplodedError: the loss, weights or gradient blew up
//			coach.RollbackLower(10) // back to the last good epoch, lr / 10
//		}
//	}
//
// Rollback returns the trainer to the last good epoch bit for bit (a
// Checkpoint: weights, optimizer state, batch shuffler). Each Notice is a
// structured value (kind, epoch, layer, units, value) for the page to word
// in any language; String words it in English.
//
// # Stop rules
//
// A Stopper applies StopRules: early stopping with patience on the
// validation loss (data.Spec.ValidRatio), restoring the best epoch's
// weights; a target loss or metric; an epoch limit.
//
// # Explain
//
// Explain returns one neuron's computation for one row with its numbers:
// inputs, weights, bias, z = Σ wᵢxᵢ + b, a = f(z), and the backward pass
// δ = ∂L/∂z, ∂L/∂wᵢ = δ·xᵢ, ∂L/∂b = δ. PredictRow returns every neuron's
// value for a row and the class probabilities with their names.
package nn

package exercise

import (
	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// Info returns what the editor and the student's page show about the
// exercise (rules.ExerciseInfo): its ID and nonce, whether its codes are
// bound to the name, its automatic locks with their reasons, and the first
// epoch at which its own start and settings meet the goal with one press
// of Train (see Share), or -1.
func (e *Exercise) Info() rules.ExerciseInfo {
	return rules.ExerciseInfo{ID: e.ID(), Nonce: e.Nonce, NameBound: e.NameBound(), AutoLocks: e.AutoLocks(), StartMeets: e.startMeets()}
}

// startMeets is one press of Train with the exercise's own settings: the
// first epoch that meets the goal, or -1 (also when it cannot train, or
// passes a quarter of MaxShareWork: the student's page asks for Info too,
// and its tools worker answers codes after it). When one epoch cannot fit
// in that budget (minEpochCost), the start is not built: a 360-character
// link of 100,000 points through two layers of 72 cost 1.2 s and 46 MB
// for its first statistics alone.
func (e *Exercise) startMeets() int {
	budget := float64(MaxShareWork) / 4
	if e.minEpochCost(e.Settings) > budget {
		return -1 // not one epoch fits: the start is not even built
	}
	at, _ := e.press(e.Settings, &budget)
	return at
}

// press trains one press of Train of the settings s from the exercise's
// start as the page's trainer does (wasm/worker.go): every epoch is
// recorded, then the coach and the stop rules look at it; a divergence, an
// explosion or a stop rule ends the press, and without stop rules it is
// followed for rules.StartEpochs. It stops at the goal's epoch limit too,
// past which nothing meets the goal. It returns the first epoch that meets
// the goal, or -1.
//
// Each epoch costs training rows × parameters from *budget; heavy is true
// when the budget ran out before the press ended (at is then -1).
func (e *Exercise) press(s session.Settings, budget *float64) (at int, heavy bool) {
	ss, err := link.Restore(&link.Session{Settings: s, Weights: e.Weights})
	if err != nil {
		return -1, false
	}
	tr := ss.Trainer
	if e.Met(tr.Stats()) {
		return 0, false
	}
	cost := epochCost(ss)
	coach := nn.NewCoach(tr, nn.CoachConfig{})
	var stop *nn.Stopper
	if s.Stop != (nn.StopRules{}) {
		stop = nn.NewStopper(tr, s.Stop)
	}
	for horizon := e.horizon(s); tr.Epoch() < horizon; {
		if *budget < cost {
			return -1, true
		}
		*budget -= cost
		if tr.Step() != nil {
			return -1, false
		}
		st := tr.Stats()
		if e.Met(st) {
			return st.Epoch, false
		}
		if _, err := coach.Check(st); err != nil {
			return -1, false
		}
		if stop != nil && stop.Check(st) != nil {
			return -1, false // a restored epoch was seen before
		}
	}
	return -1, false
}

// horizon is the last epoch one press of Train of s is followed to: where
// the stop rules end it (at most MaxCheckEpochs, which the checker
// re-runs), rules.StartEpochs without them, and never past the goal's
// epoch limit.
func (e *Exercise) horizon(s session.Settings) int {
	h := MaxCheckEpochs
	if s.Stop == (nn.StopRules{}) {
		h = rules.StartEpochs
	}
	if e.Goal.MaxEpochs > 0 {
		h = min(h, e.Goal.MaxEpochs)
	}
	return h
}

// epochCost is the work of one epoch of ss: training rows × parameters.
func epochCost(ss *session.Session) float64 {
	return float64(ss.Data.Train.N) * float64(len(ss.Trainer.Net().Params()))
}

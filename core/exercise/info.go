package exercise

import "github.com/nnplayground/playground/core/exercise/rules"

// Info returns what the editor and the student's page show about the
// exercise (rules.ExerciseInfo): its ID and nonce, whether its codes are
// bound to the name, its automatic locks with their reasons, and the first
// epoch (up to rules.StartEpochs) at which its own start already meets the
// goal, or -1.
func (e *Exercise) Info() rules.ExerciseInfo {
	return rules.ExerciseInfo{ID: e.ID(), Nonce: e.Nonce, NameBound: e.NameBound(), AutoLocks: e.AutoLocks(), StartMeets: e.startMeets()}
}

// startMeets trains the exercise's start with its own settings and returns
// the first epoch that meets the goal, or -1 (also when it cannot train).
func (e *Exercise) startMeets() int {
	ss, err := e.Start()
	if err != nil {
		return -1
	}
	max := rules.StartEpochs
	if e.Goal.MaxEpochs > 0 {
		max = min(max, e.Goal.MaxEpochs)
	}
	if float64(max)*float64(ss.Data.Train.N)*float64(len(ss.Trainer.Net().Params())) > MaxCheckWork {
		return -1
	}
	for {
		if st := ss.Trainer.Stats(); e.Met(st) {
			return st.Epoch
		}
		if ss.Trainer.Epoch() >= max || ss.Trainer.Step() != nil {
			return -1
		}
	}
}

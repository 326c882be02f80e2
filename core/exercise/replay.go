package exercise

import (
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math"

	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/internal/sha"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// DigestBytes is the length of a completion code's digest, in bytes (its
// text has twice as many hexadecimal digits): 96 bits, which no search
// over names or settings can match by chance.
const DigestBytes = 12

// Digest returns the fingerprint of a training that a completion code
// carries: the first DigestBytes of SHA-256 over the code's format, the
// exercise's ID, the student's name (rules.NormName), the start, the epoch,
// the network's layer sizes and the float64 bits of every parameter in
// order (nn.Network.Params). Training gives the same bits natively and in
// WebAssembly, so the digest is the same everywhere.
func Digest(exerciseID, name string, fromStart bool, epoch int, net *nn.Network) string {
	h := sha.New()
	fmt.Fprintf(h, "nnplayground completion %d\n%s\n%s\n%t %d\n%v\n", CodeFormat, exerciseID, rules.NormName(name), fromStart, epoch, net.Sizes)
	var b [8]byte
	for _, v := range net.Params() {
		binary.LittleEndian.PutUint64(b[:], math.Float64bits(v))
		h.Write(b[:])
	}
	sum := h.Sum()
	return hex.EncodeToString(sum[:DigestBytes])
}

// ReplayWork estimates the cost of replaying epochs of a training on rows
// training rows in batches of batch rows (0: full batch) with params
// parameters, in units of about 3 ns of one processor (measured natively):
// each row costs its parameters and a few units more, and each step of the
// optimizer its parameters and some 35 units more.
func ReplayWork(epochs, rows, batch, params int) float64 {
	steps := 1
	if batch > 0 && batch < rows {
		steps = (rows + batch - 1) / batch
	}
	return float64(epochs) * (float64(rows)*float64(params+7) + float64(steps)*float64(params+35))
}

// ReplayEpochs returns the most epochs of the session's training the
// checker re-runs: MaxCheckEpochs, or fewer when MaxCheckWork runs out
// first (ReplayWork of its training rows, batch size and parameters).
func (e *Exercise) ReplayEpochs(ss *session.Session) int {
	per := ReplayWork(1, ss.Data.Train.N, ss.Settings.Model.BatchSize, len(ss.Trainer.Net().Params()))
	return int(min(MaxCheckEpochs, MaxCheckWork/per))
}

// replayable reports whether the checker re-runs the exercise's starting
// network for every epoch its goal's epoch limit allows; the error wraps
// ErrLimit and names the epochs it can. (Without a limit, a code past
// them is refused when the student asks for it: Code says how many.)
func (e *Exercise) replayable() error {
	if e.Goal.MaxEpochs == 0 {
		return nil
	}
	ss, err := e.Start()
	if err != nil {
		return err
	}
	n := e.ReplayEpochs(ss)
	if e.Goal.MaxEpochs <= n {
		return nil
	}
	return fmt.Errorf("%w: the checker re-runs at most %d epochs of this network on %d training rows, so that a class's codes are checked within a minute; set a limit of at most %d epochs, or use a smaller network or fewer rows",
		ErrLimit, n, ss.Data.Train.N, n)
}

// replayed is the outcome of one replay: the statistics and the digest
// at the claimed epoch, or the error that stopped it.
type replayed struct {
	st        nn.Stats
	digest    string
	trainRows int
	err       error
}

// replay builds the settings s (from the exercise's weights when
// fromStart), checks the work against MaxCheckWork and trains them to
// epoch, then returns the statistics and the digest under name. It
// returns an error wrapping ErrLimit, ErrGoal (no test set), ErrCode (the
// settings do not build) or ErrDiverged.
func (e *Exercise) replay(s session.Settings, name string, fromStart bool, epoch int) replayed {
	var w *link.Weights
	if fromStart {
		w = e.Weights
	}
	ss, err := link.Restore(&link.Session{Settings: s, Weights: w})
	if err != nil {
		return replayed{err: &edited{fmt.Errorf("%w: its settings do not build: %v", ErrCode, err)}}
	}
	if ss.Data.Test.N == 0 {
		return replayed{err: fmt.Errorf("%w: there is no test set", ErrGoal)}
	}
	rows := ss.Data.Train.N
	params := len(ss.Trainer.Net().Params())
	if work := ReplayWork(epoch, ss.Data.Train.N, s.Model.BatchSize, params); work > MaxCheckWork {
		n := int(MaxCheckWork / ReplayWork(1, rows, s.Model.BatchSize, params))
		return replayed{trainRows: rows, err: fmt.Errorf("%w: the goal was met at epoch %d, but the checker re-runs at most %d epochs of this network on %d training rows", ErrLimit, epoch, n, rows)}
	}
	if err := ss.Trainer.StepN(epoch); err != nil {
		var de *nn.DivergedError
		if errors.As(err, &de) {
			return replayed{trainRows: rows, err: fmt.Errorf("%w: %v", ErrDiverged, err)}
		}
		return replayed{trainRows: rows, err: err}
	}
	return replayed{st: ss.Trainer.Stats(), digest: Digest(e.ID(), name, fromStart, epoch, ss.Trainer.Net()), trainRows: rows}
}

// same reports whether a recomputed metric matches a claimed one. Training
// gives the same bits on every platform; the tolerance only absorbs a
// fused multiply-add on hardware that has one.
func same(got, claimed float64) bool {
	return math.Abs(got-claimed) <= 1e-6*math.Max(1, math.Abs(claimed))
}

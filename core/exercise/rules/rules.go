// Package rules holds the parts of an exercise that the page needs as well
// as the checker: the goal and its test, which settings are fixed or may be
// locked, and how a student's settings are merged with the exercise's.
// It is small on purpose: the page links it without core/exercise and
// core/link, whose compression and hashing stay in the tools worker.
package rules

import (
	"encoding/binary"
	"slices"
	"strings"

	"github.com/nnplayground/playground/core/internal/sha"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// Metric is what a goal measures on the test set.
type Metric string

const (
	Accuracy Metric = "accuracy" // classification: test accuracy ≥ Threshold
	R2       Metric = "r2"       // regression: test R² ≥ Threshold
	Loss     Metric = "loss"     // any task: test loss ≤ Threshold
)

// Goal is what a student must reach, within optional limits.
type Goal struct {
	Metric    Metric  `json:"metric"`
	Threshold float64 `json:"threshold"`
	MaxHidden int     `json:"maxHidden,omitempty"` // at most this many hidden neurons in total; 0 = no limit
	MaxEpochs int     `json:"maxEpochs,omitempty"` // reach the goal within this many epochs; 0 = no limit
}

// Value returns the goal's metric from training statistics.
func (g Goal) Value(st nn.Stats) float64 {
	if g.Metric == Loss {
		return st.TestLoss
	}
	return st.TestMetric
}

// Met reports whether statistics meet the goal (within the epoch limit).
func (g Goal) Met(st nn.Stats) bool {
	if g.MaxEpochs > 0 && st.Epoch > g.MaxEpochs {
		return false
	}
	v := g.Value(st)
	if g.Metric == Loss {
		return v <= g.Threshold
	}
	return v >= g.Threshold
}

// Merge returns a student's settings s with the exercise's data, split,
// seed and the settings that decide which rows are tested (the Fixed
// settings of ex) put back. See MergeGoal for the settings a goal fixes too.
func Merge(ex, s session.Settings) session.Settings {
	s.Dataset, s.Points, s.Noise, s.Text = ex.Dataset, ex.Points, ex.Noise, ex.Text
	s.Target, s.AsClasses, s.TestRatio, s.SplitColumn = ex.Target, ex.AsClasses, ex.TestRatio, ex.SplitColumn
	s.Missing, s.Ignore = ex.Missing, slices.Clone(ex.Ignore)
	s.Model.Seed = ex.Model.Seed
	return s
}

// MergeGoal is Merge, and also puts back the settings the goal g fixes: a
// loss goal is measured with the exercise's loss on the target normalized
// as the exercise normalizes it, so that no student's choice changes the
// yardstick. The page calls it for its live check; the checker does the
// same.
func MergeGoal(ex session.Settings, g Goal, s session.Settings) session.Settings {
	s = Merge(ex, s)
	if g.Metric == Loss {
		s.Norm, s.Model.Loss = ex.Norm, ex.Model.Loss
	}
	return s
}

// Fixed names the settings every student shares with the exercise: its
// data, its split and its seed, and the settings that decide which rows
// are training and test rows (the missing-value policy and the ignored
// columns): those session.Table marks session.Fixed, in its order. They
// are always locked; AutoLocks gives the reason of each.
var Fixed = names(session.Fixed)

// lockable names the other settings a teacher may lock, sorted: those
// session.Table marks session.Lockable.
var lockable = names(session.Lockable)

// names returns the names of the settings of session.Table with the lock
// kind k; sorted for Lockable, whose order is that of an exercise's
// Locked list and so of its link.
func names(k session.Lock) []string {
	var out []string
	for _, e := range session.Table {
		if e.Lock == k {
			out = append(out, e.Name)
		}
	}
	if k == session.Lockable {
		slices.Sort(out)
	}
	return out
}

// Reasons of automatic locks, in English (AutoLocks).
const (
	ReasonData  = "the data is the exercise's"
	ReasonSplit = "it decides which rows are training and which are test rows, and the goal is measured on the test set"
	ReasonSeed  = "it generates the data and chooses the split; each student's own training is seeded by their name"
	ReasonLoss  = "the goal is a loss, measured with the exercise's loss on the target normalized as the exercise does"
	ReasonStart = "training starts from the exercise's weights, which fit only this network's inputs and layers"
)

// AutoLocks returns every setting the exercise locks by itself, whatever
// the teacher chooses, with its reason (one of the Reason constants): the
// Fixed settings always, "norm" and "loss" for a loss goal, "hidden" and
// "derived" when training must start from the exercise's weights. The
// editor shows them as locked, each with its reason.
func AutoLocks(g Goal, requireStart bool) map[string]string {
	m := map[string]string{}
	for _, n := range []string{"dataset", "points", "noise", "text", "asClasses"} {
		m[n] = ReasonData
	}
	for _, n := range []string{"target", "testRatio", "splitColumn", "missing", "ignore"} {
		m[n] = ReasonSplit
	}
	m["seed"] = ReasonSeed
	if g.Metric == Loss {
		m["norm"], m["loss"] = ReasonLoss, ReasonLoss
	}
	if requireStart {
		m["hidden"], m["derived"] = ReasonStart, ReasonStart
	}
	return m
}

// NormName returns a student's name as it identifies them: without
// leading, trailing and repeated spaces, in lower case. "Ana  Li" and
// "ana li" are one student.
func NormName(name string) string {
	return strings.ToLower(strings.Join(strings.Fields(name), " "))
}

// StudentSeed returns the seed of a student's initialisation and batch
// order (session.Settings.TrainSeed) in the exercise with the given nonce
// (Exercise.Nonce): a hash of both, so that the same settings trained
// under another name give other numbers. It is never 0.
func StudentSeed(nonce, name string) uint64 {
	sum := sha.Sum256([]byte("nnplayground student\x00" + nonce + "\x00" + NormName(name)))
	if v := binary.LittleEndian.Uint64(sum[:8]); v != 0 {
		return v
	}
	return 1
}

// ForStudent returns the settings a student trains in an exercise: s with
// what the exercise fixes put back (MergeGoal) and TrainSeed from the
// exercise's nonce and the student's name (StudentSeed). The page trains
// these; the checker replays them (exercise.Exercise.StudentSettings).
func ForStudent(ex session.Settings, g Goal, nonce, name string, s session.Settings) session.Settings {
	s = MergeGoal(ex, g, s)
	s.TrainSeed = StudentSeed(nonce, name)
	return s
}

// MaxName bounds a student's name, in characters.
const MaxName = 200

// FirstMet returns the statistics of the first epoch in history (oldest
// first) that meets the goal, and false when none does. A completion code
// records that epoch, whatever the student trained afterwards.
func FirstMet(g Goal, history []nn.Stats) (nn.Stats, bool) {
	for _, st := range history {
		if g.Met(st) {
			return st, true
		}
	}
	return nn.Stats{}, false
}

// Lockable returns the names of the settings a teacher may lock, sorted.
func Lockable() []string { return slices.Clone(lockable) }

// Setting returns the lockable setting called name of s as canonical text
// (JSON, session.Setting.JSON), with the model's defaults filled in (so
// that a learning rate left at 0 equals 0.03), and false when name is not
// lockable.
func Setting(name string, s *session.Settings) (string, bool) {
	e := session.Find(name)
	if e == nil || e.Lock != session.Lockable {
		return "", false
	}
	return e.JSON(s), true
}

// FindCodes returns the completion codes in pasted text: one per line, or
// among the words of chat text ("hello, here is my code v2.eJy… thanks"),
// with the number of other words it ignored, for one note such as "12
// words that are not codes were ignored". A word is a code when it reads
// "v", a version, "." and at least 16 base64url characters; a code inside
// a URL is cut at its "#", and quotes and punctuation around it are
// dropped. (No regexp, so that the page can link it.)
func FindCodes(text string) (codes []string, ignored int) {
	for _, w := range strings.Fields(text) {
		w = strings.Trim(w, "\"'`()[]{}<>,;:!?.")
		if i := strings.LastIndexByte(w, '#'); i >= 0 {
			w = w[i+1:]
		}
		if isCode(w) {
			codes = append(codes, w)
		} else {
			ignored++
		}
	}
	return codes, ignored
}

// isCode reports whether w looks like a code: v, 1 to 3 digits, a dot and
// at least 16 base64url characters.
func isCode(w string) bool {
	ver, payload, ok := strings.Cut(w, ".")
	if !ok || len(ver) < 2 || len(ver) > 4 || ver[0] != 'v' || len(payload) < 16 {
		return false
	}
	for _, c := range ver[1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	for _, c := range payload {
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// StartEpochs is how far one press of Train is followed when the
// exercise has no stop rules (ExerciseInfo.StartMeets, Share): the page
// trains on until the student pauses.
const StartEpochs = 200

// Share says how many students' runs meet an exercise's goal with one
// press of Train, changing nothing: each name's run (TrainSeed =
// StudentSeed(nonce, name)) from the exercise's start, with its settings,
// until its stop rules stop it (StartEpochs without stop rules), as the
// page trains it. The tools worker sends it after each name (op
// tools.TryNames).
type Share struct {
	Names     int  `json:"names"`     // names to try
	Tried     int  `json:"tried"`     // names trained so far
	Met       int  `json:"met"`       // of which met the goal
	FromStart bool `json:"fromStart"` // the runs start from the exercise's weights
	Stop      bool `json:"stop"`      // the exercise has stop rules, which end one press
	Epochs    int  `json:"epochs"`    // how far one press is followed without stop rules (0 with them)
	// Heavy: the bound on the work was reached, before Tried reached Names.
	Heavy bool `json:"heavy"`
	Done  bool `json:"done"` // no more names will be tried
}

// ExerciseInfo is the tools worker's answer to tools.GetExerciseInfo (core/wire/tools):
// what the teacher's editor and the student's page need to know about an
// exercise link without linking core/exercise.
type ExerciseInfo struct {
	ID        string            `json:"id"`        // Exercise.ID
	Nonce     string            `json:"nonce"`     // for StudentSeed
	NameBound bool              `json:"nameBound"` // Exercise.NameBound: false when a renamed code cannot be told apart
	AutoLocks map[string]string `json:"autoLocks"` // AutoLocks: setting → reason
	// StartMeets is the first epoch at which the exercise's own start and
	// settings meet the goal (0: before any training) in one press of
	// Train: until the stop rules stop it, or up to StartEpochs without
	// them; -1 when it does not.
	StartMeets int `json:"startMeets"`
}

// Text is a text in English and Simplified Chinese.
type Text struct {
	En string `json:"en"`
	Zh string `json:"zh"`
}

// In returns the text in the language lang ("zh" or else English).
func (t Text) In(lang string) string {
	if lang == "zh" {
		return t.Zh
	}
	return t.En
}

// The tools worker's messages about exercises and lessons (ops
// tools.ExerciseCode and tools.GetLessons in core/wire/tools), shared by the page and the
// worker.

// CodeRequest asks for a completion code (tools.ExerciseCode).
type CodeRequest struct {
	Exercise  string           `json:"exercise"` // the exercise's link
	Name      string           `json:"name"`
	Settings  session.Settings `json:"settings"` // as trained: TrainSeed must be StudentSeed(nonce, Name) where the name binds the training
	FromStart bool             `json:"fromStart"`
	Stats     *nn.Stats        `json:"stats"` // the FIRST epoch that meets the goal (FirstMet); null when none does
}

// CodeAnswer is the answer to tools.ExerciseCode: Allowed is why the settings
// break a lock or limit ("" when they do not), Code the completion code
// for Stats, or Error why there is none.
type CodeAnswer struct {
	Allowed string `json:"allowed"`
	Code    string `json:"code"`
	Error   string `json:"error"`
}

// LessonItem is one lesson of op lessons: its texts and its link.
type LessonItem struct {
	ID    string `json:"id"`
	Title Text   `json:"title"`
	About Text   `json:"about"`
	Link  string `json:"link"`
}

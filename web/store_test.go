package web

import (
	"math"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/wire"
)

// The store's reducer, natively: reports made by the engine as the worker
// makes them, through the wire codec, folded by store.apply.

func TestStoreLoadAndSnapshots(t *testing.T) {
	s, sent := testStore(t)
	x := session.Default()
	x.Dataset = "spiral"
	s.load(x, nil, true)
	if len(*sent) != 1 {
		t.Fatalf("sent %d messages, want the Load", len(*sent))
	}
	if _, ok := (*sent)[0].(*wire.Load); !ok || s.data.pending == nil {
		t.Fatalf("sent %T, pending %v", (*sent)[0], s.data.pending)
	}
	ses := built(t, x)
	tp := deliver(t, s, loaded(ses))
	if s.data.pending != nil || s.data.settings.Dataset != "spiral" {
		t.Fatalf("after Loaded: pending %v, settings' dataset %q", s.data.pending, s.data.settings.Dataset)
	}
	if tp&topicData == 0 || tp&topicShape == 0 {
		t.Errorf("Loaded notified %b, want data and shape", tp)
	}
	if len(s.run.history) != 1 || s.epoch() != 0 || s.data.summary == nil || s.run.heat == nil || len(s.run.heat.Train) == 0 {
		t.Fatalf("after Loaded: %d epochs, summary %v, heatmap points %v", len(s.run.history), s.data.summary != nil, s.run.heat != nil)
	}
	points := len(s.run.heat.Train)

	// Running snapshots: epochs appended in order, the points kept.
	deliver(t, s, trained(t, ses, 5, true))
	r := trained(t, ses, 7, true)
	deliver(t, s, r)
	if s.epoch() != 12 || len(s.run.history) != 13 || len(s.paint.cols.Xs) != 13 {
		t.Fatalf("epoch %d, %d epochs in history, %d in the chart columns; want 12, 13, 13", s.epoch(), len(s.run.history), len(s.paint.cols.Xs))
	}
	for i, st := range s.run.history {
		if st.Epoch != i {
			t.Fatalf("history[%d] is epoch %d", i, st.Epoch)
		}
	}
	if len(s.run.heat.Train) != points {
		t.Errorf("a running snapshot lost the points: %d, want %d", len(s.run.heat.Train), points)
	}
	if !s.run.running || s.paint.dirty&dirtyHist == 0 || s.paint.dirty&dirtyNet == 0 {
		t.Errorf("running %v, dirty %b", s.run.running, s.paint.dirty)
	}
	if want := r.Net.W[0][0]; s.run.net.W[0][0] != want {
		t.Errorf("weights not the newest snapshot's")
	}

	// A snapshot that repeats epochs (a rollback or a step after a pause)
	// replaces them rather than adding.
	again := &wire.Snapshot{History: []nn.Stats{{Epoch: 11, TrainLoss: 0.5}, {Epoch: 12, TrainLoss: 0.25}}}
	deliver(t, s, again)
	if len(s.run.history) != 13 || s.run.history[12].TrainLoss != 0.25 || s.paint.cols.Train[12] != 0.25 || s.run.running {
		t.Errorf("after epochs 11-12 again: %d epochs, last loss %v (chart %v), running %v",
			len(s.run.history), s.run.history[12].TrainLoss, s.paint.cols.Train[12], s.run.running)
	}
}

func TestStoreDivergence(t *testing.T) {
	s, _ := testStore(t)
	x := session.Default()
	ses := built(t, x)
	deliver(t, s, loaded(ses))
	deliver(t, s, trained(t, ses, 3, true))
	d := &nn.DivergedError{Epoch: 4, What: "loss", Value: math.Inf(1), LearningRate: 30}
	tp := deliver(t, s, &wire.Snapshot{Diverged: d})
	if !s.run.diverged || s.run.running || s.run.divergedAt == nil || *s.run.divergedAt != *d {
		t.Fatalf("diverged %v, running %v, at %+v", s.run.diverged, s.run.running, s.run.divergedAt)
	}
	if tp&topicRun == 0 {
		t.Errorf("divergence notified %b, want run", tp)
	}
	if en := divergedText("en", s); en != d.Error() {
		t.Errorf("English: %q, want the engine's %q", en, d.Error())
	}
	zh := divergedText("zh", s)
	if zh == d.Error() || !strings.Contains(zh, "4") || !strings.Contains(zh, "30") {
		t.Errorf("Chinese: %q", zh)
	}
	// Loading again clears it.
	deliver(t, s, loaded(built(t, x)))
	if s.run.diverged || s.run.otherErr != "" || s.epoch() != 0 {
		t.Errorf("after a new load: diverged %v, error %q, epoch %d", s.run.diverged, s.run.otherErr, s.epoch())
	}
}

// A data error keeps the previous good state: the settings, summary and
// history of the last load stay, and the error names line and column.
func TestStoreDataErrorKeepsState(t *testing.T) {
	s, _ := testStore(t)
	good := session.Default()
	ses := built(t, good)
	deliver(t, s, loaded(ses))
	deliver(t, s, trained(t, ses, 4, false))
	sum := s.data.summary

	bad := good
	var b strings.Builder
	b.WriteString("x,y,label\n")
	for i := range 20 {
		y := itoa(i % 3)
		if i == 1 {
			y = "oops" // line 3, column 2
		}
		b.WriteString(itoa(i) + "," + y + "," + string("ab"[i%2]) + "\n")
	}
	bad.Dataset, bad.Text = "", b.String()
	s.load(bad, nil, true)
	_, err := session.Build(bad)
	if err == nil {
		t.Fatal("the bad table built")
	}
	line, col := session.ErrorPosition(err)
	code, cell := session.ErrorCell(err)
	tp := deliver(t, s, &wire.Failed{Message: err.Error(), Data: &wire.DataError{Code: code, Cell: cell, Line: line, Column: col}})
	if s.data.pending != nil || s.data.settings.Dataset != good.Dataset || s.data.summary != sum || s.epoch() != 4 {
		t.Errorf("state lost: pending %v, dataset %q, summary kept %v, epoch %d", s.data.pending, s.data.settings.Dataset, s.data.summary == sum, s.epoch())
	}
	if tp&topicData == 0 || s.data.dataErr == "" || s.data.dataErrAt.line != 3 || s.data.dataErrAt.column != 2 || s.data.dataErrAt.cell != "oops" {
		t.Errorf("data error %q at %+v, topics %b", s.data.dataErr, s.data.dataErrAt, tp)
	}
	if zh := dataErrorText("zh", s); zh == s.data.dataErr || !strings.Contains(zh, "3") || !strings.Contains(zh, "oops") {
		t.Errorf("Chinese data error %q", zh)
	}
}

// A pasted table goes to the trainer once: a second load of the same text
// sends the settings alone.
func TestStorePastesOnce(t *testing.T) {
	s, sent := testStore(t)
	s.data.firstHint = true
	x := session.Default()
	x.Dataset, x.Text = "", "a,b,label\n1,2,x\n2,1,y\n3,3,x\n4,1,y\n"
	s.load(x, nil, true)
	if s.data.firstHint {
		t.Errorf("the first-visit hint stays after pasting a table")
	}
	x.Model.LearningRate = 0.1
	s.load(x, nil, false)
	var pastes, loads int
	for _, m := range *sent {
		switch m := m.(type) {
		case *wire.Paste:
			pastes++
		case *wire.Load:
			loads++
			if !m.Pasted || m.Settings.Text != "" {
				t.Errorf("a Load carried the text (%d bytes) or not its Pasted flag", len(m.Settings.Text))
			}
		}
	}
	if pastes != 1 || loads != 2 {
		t.Errorf("%d pastes and %d loads, want 1 and 2", pastes, loads)
	}
}

// The session saved by the last visit that no longer builds is replaced by
// the defaults, which the store asks the trainer for.
func TestStoreSavedSessionFails(t *testing.T) {
	s, sent := testStore(t)
	x := session.Default()
	x.Dataset, x.Text = "", "only,a,header\n"
	s.fromSaved = true
	s.load(x, nil, true)
	deliver(t, s, &wire.Failed{Message: "data: only a header, no data rows", Data: &wire.DataError{Code: "no-rows"}})
	last, ok := (*sent)[len(*sent)-1].(*wire.Load)
	if !ok || last.Settings.Dataset != session.Default().Dataset || s.fromSaved {
		t.Fatalf("after the saved session failed: last sent %T, fromSaved %v", (*sent)[len(*sent)-1], s.fromSaved)
	}
	if s.data.dataErr != "" {
		t.Errorf("the saved session's error is shown: %q", s.data.dataErr)
	}
}

// A trainer worker that dies is replaced by a new one, which gets the last
// accepted settings (and the pasted table again); the page says why until
// the user's next load, and gives up after maxRestarts.
func TestStoreTrainerRestarts(t *testing.T) {
	s, sent := testStore(t)
	started := 0
	s.startTrainer = func() *trainerLink { started++; return &trainerLink{} }
	s.link = s.startTrainer()
	x := session.Default()
	x.Dataset, x.Text = "", "a,b,label\n1,2,x\n2,1,y\n3,3,x\n4,1,y\n5,2,x\n6,1,y\n"
	s.load(x, nil, true)
	ses := built(t, x)
	deliver(t, s, loaded(ses))
	deliver(t, s, trained(t, ses, 6, true))
	*sent = nil

	s.trainerDied("trainer: stopped: the Go program exited")
	if started != 2 || s.run.running {
		t.Fatalf("%d trainers started, running %v", started, s.run.running)
	}
	var paste, speed bool
	var load *wire.Load
	for _, m := range *sent {
		switch m := m.(type) {
		case *wire.Paste:
			paste = m.Text == x.Text
		case *wire.SetSpeed:
			speed = m.EpochsPerSec == s.run.speed
		case *wire.Load:
			load = m
		}
	}
	if !paste || !speed || load == nil || load.Settings.Model.LearningRate != x.Model.LearningRate {
		t.Fatalf("the new trainer got paste %v, speed %v, load %+v", paste, speed, load)
	}
	if !strings.Contains(s.health.RestartMsg(), "the Go program exited") {
		t.Errorf("notice %q", s.health.RestartMsg())
	}
	deliver(t, s, loaded(built(t, x)))
	if s.epoch() != 0 || s.health.RestartMsg() == "" {
		t.Errorf("after the restart's load: epoch %d, notice %q", s.epoch(), s.health.RestartMsg())
	}
	// The user's next load clears the notice.
	x.Model.LearningRate = 0.1
	s.load(x, nil, false)
	deliver(t, s, loaded(built(t, x)))
	if s.health.RestartMsg() != "" {
		t.Errorf("notice kept after the user's load: %q", s.health.RestartMsg())
	}
	// A change the trainer was building when it died is not applied.
	y := x
	y.Model.LearningRate = 3
	s.load(y, nil, false)
	*sent = nil
	s.trainerDied("the trainer worker failed: out of memory")
	if s.data.settings.Model.LearningRate != 0.1 || !strings.Contains(s.health.RestartMsg(), "not applied") {
		t.Errorf("after dying on a change: learning rate %v, notice %q", s.data.settings.Model.LearningRate, s.health.RestartMsg())
	}
	for s.health.restarts < maxRestarts {
		s.trainerDied("again")
	}
	before := started
	s.trainerDied("once more")
	if started != before || s.link != nil || !strings.Contains(s.health.RestartMsg(), "Reload the page") {
		t.Errorf("after %d restarts: started %d more, link %v, notice %q", maxRestarts, started-before, s.link != nil, s.health.RestartMsg())
	}
}

// TestStoreTrainBeforeReady: a click on Train before the first data set is
// loaded is kept (the button shows it pressed) and sends wire.Train once
// the trainer's Loaded arrives; a second click before then takes it back.
func TestStoreTrainBeforeReady(t *testing.T) {
	trains := func(sent []wire.Message) int {
		n := 0
		for _, m := range sent {
			if _, ok := m.(*wire.Train); ok {
				n++
			}
		}
		return n
	}
	for _, tc := range []struct {
		name   string
		clicks int
		want   int
	}{
		{"one click", 1, 1},
		{"two clicks", 2, 0},
		{"no click", 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, sent := testStore(t)
			for range tc.clicks {
				toggleTrain(s)
			}
			if got := trains(*sent); got != 0 {
				t.Fatalf("%d Train sent before the data is loaded", got)
			}
			if s.trainPressed() != (tc.clicks%2 == 1) {
				t.Errorf("pressed %v after %d clicks", s.trainPressed(), tc.clicks)
			}
			deliver(t, s, loaded(built(t, session.Default())))
			if got := trains(*sent); got != tc.want {
				t.Errorf("%d Train sent after the load, want %d", got, tc.want)
			}
			if s.run.running != (tc.want == 1) {
				t.Errorf("running %v", s.run.running)
			}
			deliver(t, s, loaded(built(t, session.Default())))
			if got := trains(*sent); got != tc.want {
				t.Errorf("a second load sent Train again: %d", got)
			}
		})
	}
}

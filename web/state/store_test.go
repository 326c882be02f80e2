package state

import (
	"math"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/wire"
)

// The store's reducer, natively: reports made by the engine as the worker
// makes them, through the wire codec, folded by Store.Apply.

func TestStoreLoadAndSnapshots(t *testing.T) {
	s, sent := testStore(t)
	x := session.Default()
	x.Dataset = "spiral"
	s.Load(x, nil, true)
	if len(*sent) != 1 {
		t.Fatalf("sent %d messages, want the Load", len(*sent))
	}
	if _, ok := (*sent)[0].(*wire.Load); !ok || s.Data.pending == nil {
		t.Fatalf("sent %T, pending %v", (*sent)[0], s.Data.pending)
	}
	ses := built(t, x)
	tp := deliver(t, s, loaded(ses))
	if s.Data.pending != nil || s.Data.settings.Dataset != "spiral" {
		t.Fatalf("after Loaded: pending %v, settings' dataset %q", s.Data.pending, s.Data.settings.Dataset)
	}
	if tp&TopicData == 0 || tp&TopicShape == 0 {
		t.Errorf("Loaded notified %b, want data and shape", tp)
	}
	if len(s.Run.history) != 1 || s.Epoch() != 0 || s.Data.summary == nil || s.Run.heat == nil || len(s.Run.heat.Train) == 0 {
		t.Fatalf("after Loaded: %d epochs, summary %v, heatmap points %v", len(s.Run.history), s.Data.summary != nil, s.Run.heat != nil)
	}
	points := len(s.Run.heat.Train)

	// Running snapshots: epochs appended in order, the points kept.
	deliver(t, s, trained(t, ses, 5, true))
	r := trained(t, ses, 7, true)
	deliver(t, s, r)
	if s.Epoch() != 12 || len(s.Run.history) != 13 || len(s.Paint.cols.Xs) != 13 {
		t.Fatalf("epoch %d, %d epochs in history, %d in the chart columns; want 12, 13, 13", s.Epoch(), len(s.Run.history), len(s.Paint.cols.Xs))
	}
	for i, st := range s.Run.history {
		if st.Epoch != i {
			t.Fatalf("history[%d] is epoch %d", i, st.Epoch)
		}
	}
	if len(s.Run.heat.Train) != points {
		t.Errorf("a running snapshot lost the points: %d, want %d", len(s.Run.heat.Train), points)
	}
	if !s.Run.running || s.Paint.dirty&DirtyHist == 0 || s.Paint.dirty&DirtyNet == 0 {
		t.Errorf("running %v, dirty %b", s.Run.running, s.Paint.dirty)
	}
	if want := r.Net.W[0][0]; s.Run.net.W[0][0] != want {
		t.Errorf("weights not the newest snapshot's")
	}

	// A snapshot that repeats epochs (a rollback or a step after a pause)
	// replaces them rather than adding.
	again := &wire.Snapshot{History: []nn.Stats{{Epoch: 11, TrainLoss: 0.5}, {Epoch: 12, TrainLoss: 0.25}}}
	deliver(t, s, again)
	if len(s.Run.history) != 13 || s.Run.history[12].TrainLoss != 0.25 || s.Paint.cols.Train[12] != 0.25 || s.Run.running {
		t.Errorf("after epochs 11-12 again: %d epochs, last loss %v (chart %v), running %v",
			len(s.Run.history), s.Run.history[12].TrainLoss, s.Paint.cols.Train[12], s.Run.running)
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
	if !s.Run.diverged || s.Run.running || s.Run.divergedAt == nil || *s.Run.divergedAt != *d {
		t.Fatalf("diverged %v, running %v, at %+v", s.Run.diverged, s.Run.running, s.Run.divergedAt)
	}
	if tp&TopicRun == 0 {
		t.Errorf("divergence notified %b, want run", tp)
	}
	if en := DivergedText("en", s); en != d.Error() {
		t.Errorf("English: %q, want the engine's %q", en, d.Error())
	}
	zh := DivergedText("zh", s)
	if zh == d.Error() || !strings.Contains(zh, "4") || !strings.Contains(zh, "30") {
		t.Errorf("Chinese: %q", zh)
	}
	// Loading again clears it.
	deliver(t, s, loaded(built(t, x)))
	if s.Run.diverged || s.Run.otherErr != "" || s.Epoch() != 0 {
		t.Errorf("after a new load: diverged %v, error %q, epoch %d", s.Run.diverged, s.Run.otherErr, s.Epoch())
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
	sum := s.Data.summary

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
	s.Load(bad, nil, true)
	_, err := session.Build(bad)
	if err == nil {
		t.Fatal("the bad table built")
	}
	line, col := session.ErrorPosition(err)
	code, cell := session.ErrorCell(err)
	tp := deliver(t, s, &wire.Failed{Message: err.Error(), Data: &wire.DataError{Code: code, Cell: cell, Line: line, Column: col}})
	if s.Data.pending != nil || s.Data.settings.Dataset != good.Dataset || s.Data.summary != sum || s.Epoch() != 4 {
		t.Errorf("state lost: pending %v, dataset %q, summary kept %v, epoch %d", s.Data.pending, s.Data.settings.Dataset, s.Data.summary == sum, s.Epoch())
	}
	if tp&TopicData == 0 || s.Data.dataErr == "" || s.Data.dataErrAt.Line != 3 || s.Data.dataErrAt.Column != 2 || s.Data.dataErrAt.Cell != "oops" {
		t.Errorf("data error %q at %+v, topics %b", s.Data.dataErr, s.Data.dataErrAt, tp)
	}
	if zh := DataErrorText("zh", s); zh == s.Data.dataErr || !strings.Contains(zh, "3") || !strings.Contains(zh, "oops") {
		t.Errorf("Chinese data error %q", zh)
	}
}

// A pasted table goes to the trainer once: a second load of the same text
// sends the settings alone.
func TestStorePastesOnce(t *testing.T) {
	s, sent := testStore(t)
	s.Data.firstHint = true
	x := session.Default()
	x.Dataset, x.Text = "", "a,b,label\n1,2,x\n2,1,y\n3,3,x\n4,1,y\n"
	s.Load(x, nil, true)
	if s.Data.firstHint {
		t.Errorf("the first-visit hint stays after pasting a table")
	}
	x.Model.LearningRate = 0.1
	s.Load(x, nil, false)
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
	s.Load(x, nil, true)
	deliver(t, s, &wire.Failed{Message: "data: only a header, no data rows", Data: &wire.DataError{Code: "no-rows"}})
	last, ok := (*sent)[len(*sent)-1].(*wire.Load)
	if !ok || last.Settings.Dataset != session.Default().Dataset || s.fromSaved {
		t.Fatalf("after the saved session failed: last sent %T, fromSaved %v", (*sent)[len(*sent)-1], s.fromSaved)
	}
	if s.Data.dataErr != "" {
		t.Errorf("the saved session's error is shown: %q", s.Data.dataErr)
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
	s.Load(x, nil, true)
	ses := built(t, x)
	deliver(t, s, loaded(ses))
	deliver(t, s, trained(t, ses, 6, true))
	*sent = nil

	s.trainerDied("trainer: stopped: the Go program exited")
	if started != 2 || s.Run.running {
		t.Fatalf("%d trainers started, running %v", started, s.Run.running)
	}
	var paste, speed bool
	var load *wire.Load
	for _, m := range *sent {
		switch m := m.(type) {
		case *wire.Paste:
			paste = m.Text == x.Text
		case *wire.SetSpeed:
			speed = m.EpochsPerSec == s.Run.speed
		case *wire.Load:
			load = m
		}
	}
	if !paste || !speed || load == nil || load.Settings.Model.LearningRate != x.Model.LearningRate {
		t.Fatalf("the new trainer got paste %v, speed %v, load %+v", paste, speed, load)
	}
	if !strings.Contains(s.Health.RestartMsg(), "the Go program exited") {
		t.Errorf("notice %q", s.Health.RestartMsg())
	}
	deliver(t, s, loaded(built(t, x)))
	if s.Epoch() != 0 || s.Health.RestartMsg() == "" {
		t.Errorf("after the restart's load: epoch %d, notice %q", s.Epoch(), s.Health.RestartMsg())
	}
	// The user's next load clears the notice.
	x.Model.LearningRate = 0.1
	s.Load(x, nil, false)
	deliver(t, s, loaded(built(t, x)))
	if s.Health.RestartMsg() != "" {
		t.Errorf("notice kept after the user's load: %q", s.Health.RestartMsg())
	}
	// A change the trainer was building when it died is not applied.
	y := x
	y.Model.LearningRate = 3
	s.Load(y, nil, false)
	*sent = nil
	s.trainerDied("the trainer worker failed: out of memory")
	if s.Data.settings.Model.LearningRate != 0.1 || !strings.Contains(s.Health.RestartMsg(), "not applied") {
		t.Errorf("after dying on a change: learning rate %v, notice %q", s.Data.settings.Model.LearningRate, s.Health.RestartMsg())
	}
	for s.Health.restarts < maxRestarts {
		s.trainerDied("again")
	}
	before := started
	s.trainerDied("once more")
	if started != before || s.link != nil || !strings.Contains(s.Health.RestartMsg(), "Reload the page") {
		t.Errorf("after %d restarts: started %d more, link %v, notice %q", maxRestarts, started-before, s.link != nil, s.Health.RestartMsg())
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
				ToggleTrain(s)
			}
			if got := trains(*sent); got != 0 {
				t.Fatalf("%d Train sent before the data is loaded", got)
			}
			if s.TrainPressed() != (tc.clicks%2 == 1) {
				t.Errorf("pressed %v after %d clicks", s.TrainPressed(), tc.clicks)
			}
			deliver(t, s, loaded(built(t, session.Default())))
			if got := trains(*sent); got != tc.want {
				t.Errorf("%d Train sent after the load, want %d", got, tc.want)
			}
			if s.Run.running != (tc.want == 1) {
				t.Errorf("running %v", s.Run.running)
			}
			deliver(t, s, loaded(built(t, session.Default())))
			if got := trains(*sent); got != tc.want {
				t.Errorf("a second load sent Train again: %d", got)
			}
		})
	}
}

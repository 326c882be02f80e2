package main

import (
	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/wire/tools"
)

// The tools messages carry core/link's and core/exercise's values as
// package tools' types, which the page can link; these convert them
// (tools_test.go checks that the fields match).

func toLink(s *tools.LinkSession) link.Session {
	return link.Session{Settings: s.Settings, Weights: (*link.Weights)(s.Weights)}
}

func fromLink(s *link.Session) tools.LinkSession {
	return tools.LinkSession{Settings: s.Settings, Weights: (*tools.Weights)(s.Weights)}
}

func toExercise(e *tools.Exercise) exercise.Exercise {
	return exercise.Exercise{Format: e.Format, Nonce: e.Nonce, Title: e.Title, Instructions: e.Instructions, Settings: e.Settings,
		Weights: (*link.Weights)(e.Weights), RequireStart: e.RequireStart, Locked: e.Locked, Goal: e.Goal}
}

func fromExercise(e *exercise.Exercise) tools.Exercise {
	return tools.Exercise{Format: e.Format, Nonce: e.Nonce, Title: e.Title, Instructions: e.Instructions, Settings: e.Settings,
		Weights: (*tools.Weights)(e.Weights), RequireStart: e.RequireStart, Locked: e.Locked, Goal: e.Goal}
}

func fromResult(r *exercise.Result) tools.CheckResult {
	return tools.CheckResult{Name: r.Name, Accepted: r.Accepted, Epoch: r.Epoch, Claimed: r.Claimed, Metric: r.Metric,
		Reason: r.Reason, Cause: r.Cause, NameBound: r.NameBound, Flag: r.Flag, Missing: r.Missing}
}

package nn

// unitStats holds, per hidden layer, what checkUnits measures of each unit
// over the training split.
type unitStats struct {
	maxOut   [][]float64 // the largest output (dead ReLU: 0)
	maxSlope [][]float64 // the largest slope f'(z) as a share of the function's largest
}

// reset sizes u for the hidden layers of net and clears it.
func (u *unitStats) reset(net *Network) {
	L := net.Layers()
	if len(u.maxOut) != L-1 {
		u.maxOut, u.maxSlope = make([][]float64, L-1), make([][]float64, L-1)
		for l := 1; l < L; l++ {
			u.maxOut[l-1] = make([]float64, net.Sizes[l])
			u.maxSlope[l-1] = make([]float64, net.Sizes[l])
		}
	}
	for l := range u.maxOut {
		for j := range u.maxOut[l] {
			u.maxOut[l][j], u.maxSlope[l][j] = -1e308, 0
		}
	}
}

// add records the hidden units' outputs of a block of m rows (sc.units
// after forward) in u: each unit's largest output and largest relative
// slope,
//
//	tanh:    f'(z) = 1 - a²,   largest 1
//	sigmoid: f'(z) = a(1 - a), largest 1/4
func (u *unitStats) add(net *Network, sc *scratch, m int) {
	for l := 1; l < net.Layers(); l++ {
		w := net.Sizes[l]
		mo, ms := u.maxOut[l-1], u.maxSlope[l-1]
		a := sc.units[l][:m*w]
		// The activation's switch sits outside the loops.
		for k := 0; k+w <= len(a); k += w {
			row := a[k : k+w]
			for j, v := range row[:len(mo)] {
				if v > mo[j] {
					mo[j] = v
				}
			}
		}
		switch net.Act {
		case Tanh:
			for k := 0; k+w <= len(a); k += w {
				for j, v := range a[k : k+w][:len(ms)] {
					if s := 1 - v*v; s > ms[j] {
						ms[j] = s
					}
				}
			}
		case Sigmoid:
			for k := 0; k+w <= len(a); k += w {
				for j, v := range a[k : k+w][:len(ms)] {
					if s := 4 * v * (1 - v); s > ms[j] {
						ms[j] = s
					}
				}
			}
		}
	}
}

// measureUnits runs the network over the training split, block by block
// with the trainer's scratch space, and records its hidden units in u.
func (t *Trainer) measureUnits(u *unitStats) {
	u.reset(t.net)
	s, d, sc := &t.ds.Train, t.ds.Dim, t.scratch
	for r0 := 0; r0 < s.N; r0 += chunkRows {
		m := min(chunkRows, s.N-r0)
		copy(sc.units[0], s.X[r0*d:(r0+m)*d])
		t.forward(sc, m)
		u.add(t.net, sc, m)
	}
}

// checkUnits raises or clears the dead-units and saturated-units notices of
// every hidden layer.
func (c *Coach) checkUnits(raised []Notice, epoch int) []Notice {
	act := c.t.net.Act
	if !c.unitAct() {
		return raised
	}
	if !c.t.statsOK || c.t.unitsAt != epoch {
		c.t.measureUnits(&c.units) // Stats did not measure them on its pass
	}
	for l := range c.units.maxOut {
		n := Notice{Kind: DeadUnits, Epoch: epoch, Layer: l + 1, Act: act}
		if act != ReLU {
			n.Kind, n.Ref = SaturatedUnits, c.cfg.SaturatedSlope
			if c.inputMax > LargeInput {
				n.InputMax = c.inputMax
			}
		}
		for j := range c.units.maxOut[l] {
			switch {
			case act == ReLU && c.units.maxOut[l][j] <= 0:
				n.Units = append(n.Units, j)
			case act != ReLU && c.units.maxSlope[l][j] <= c.cfg.SaturatedSlope:
				n.Units = append(n.Units, j)
				n.Value = max(n.Value, c.units.maxSlope[l][j])
			}
		}
		if c.raise(n, true) {
			raised = append(raised, n)
		}
	}
	return raised
}

// unitAct reports whether the hidden activation can die (ReLU) or
// saturate (tanh, sigmoid), in a network with a hidden layer.
func (c *Coach) unitAct() bool {
	act := c.t.net.Act
	return c.t.net.Layers() > 1 && (act == ReLU || act == Tanh || act == Sigmoid)
}

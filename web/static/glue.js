"use strict";
// Page-side glue of the playground: bulk canvas drawing for app.wasm. Go
// packs flat float32 records into a Uint8Array and makes one call per batch
// (one call per line through syscall/js would cost tens of milliseconds).
(function () {
  const f32 = (u8) => new Float32Array(u8.buffer, u8.byteOffset, u8.byteLength >> 2);
  const hex = (rgb) => "#" + ((rgb | 0) & 0xffffff).toString(16).padStart(6, "0");

  // segments: x1, y1, x2, y2, width, rgb. Segments of one colour whose
  // widths round to the same quarter pixel go in one path and one stroke,
  // thinnest first: a 64-input network has thousands of lines, and a
  // stroke each cost most of a frame.
  globalThis.nnSegs = function (ctx, u8) {
    const a = f32(u8);
    ctx.lineCap = "round";
    ctx.setLineDash([]);
    const groups = new Map();
    for (let i = 0; i + 5 < a.length; i += 6) {
      const w = Math.max(0.25, Math.round(a[i + 4] * 4) / 4);
      const key = w * 16777216 + a[i + 5];
      let g = groups.get(key);
      if (!g) groups.set(key, (g = {w: w, rgb: a[i + 5], at: []}));
      g.at.push(i);
    }
    for (const key of [...groups.keys()].sort((x, y) => x - y)) {
      const g = groups.get(key);
      ctx.beginPath();
      ctx.strokeStyle = hex(g.rgb);
      ctx.lineWidth = g.w;
      for (const i of g.at) {
        ctx.moveTo(a[i], a[i + 1]);
        ctx.lineTo(a[i + 2], a[i + 3]);
      }
      ctx.stroke();
    }
  };

  // polyline: x, y pairs; a NaN coordinate lifts the pen
  globalThis.nnPoly = function (ctx, u8, rgb, width, dashed) {
    const a = f32(u8);
    ctx.beginPath();
    ctx.strokeStyle = hex(rgb);
    ctx.lineWidth = width;
    ctx.lineJoin = "round";
    ctx.setLineDash(dashed ? [6, 4] : []);
    let pen = false;
    for (let i = 0; i + 1 < a.length; i += 2) {
      if (Number.isNaN(a[i]) || Number.isNaN(a[i + 1])) { pen = false; continue; }
      if (pen) ctx.lineTo(a[i], a[i + 1]); else ctx.moveTo(a[i], a[i + 1]);
      pen = true;
    }
    ctx.stroke();
    ctx.setLineDash([]);
  };

  // envelope bands: x, top, bottom per pixel column; a NaN record ends a
  // run. Each run is one polygon (tops forward, bottoms back), a run of one
  // column half a pixel wide either side; all runs are filled at once.
  globalThis.nnBand = function (ctx, u8, rgb) {
    const a = f32(u8);
    ctx.beginPath();
    ctx.fillStyle = hex(rgb);
    let start = 0;
    const run = (s, e) => { // records [s, e)
      if (e <= s) return;
      const one = e - s === 1 ? 0.5 : 0;
      ctx.moveTo(a[s] - one, a[s + 1]);
      if (one) ctx.lineTo(a[s] + one, a[s + 1]);
      for (let i = s + 3; i < e; i += 3) ctx.lineTo(a[i], a[i + 1]);
      if (one) ctx.lineTo(a[e - 3] + one, a[e - 1]);
      for (let i = e - 3; i >= s; i -= 3) ctx.lineTo(a[i] - (i === s ? one : 0), a[i + 2]);
      ctx.closePath();
    };
    for (let i = 0; i + 2 < a.length; i += 3) {
      if (Number.isNaN(a[i])) { run(start, i); start = i + 3; }
    }
    run(start, a.length - a.length % 3);
    ctx.fill();
  };

  // dots: x, y, radius, fill rgb, stroke rgb (negative: no stroke)
  globalThis.nnDots = function (ctx, u8) {
    const a = f32(u8);
    ctx.setLineDash([]);
    for (let i = 0; i + 4 < a.length; i += 5) {
      ctx.beginPath();
      ctx.arc(a[i], a[i + 1], a[i + 2], 0, 2 * Math.PI);
      ctx.fillStyle = hex(a[i + 3]);
      ctx.fill();
      if (a[i + 4] >= 0) {
        ctx.lineWidth = a[i + 4] === 0xd55e00 ? 3 : 1; // colAlert: a unit the coach names
        ctx.strokeStyle = hex(a[i + 4]);
        ctx.stroke();
      }
    }
  };

  // image: w×h RGBA bytes drawn into (dx, dy, dw, dh), interpolated
  // bilinearly between the cells' centres (a smooth map, no visible
  // blocks). The pixels are computed here, straight into the canvas's
  // pixels: drawing from an offscreen canvas would make Chromium snapshot
  // it on every call, which costs more than this loop.
  globalThis.nnImage = function (ctx, u8, w, h, dx, dy, dw, dh) {
    const k = ctx.getTransform().a || 1;
    const X = Math.round(dx * k), Y = Math.round(dy * k);
    const W = Math.max(1, Math.min(Math.round(dw * k), ctx.canvas.width - X));
    const H = Math.max(1, Math.min(Math.round(dh * k), ctx.canvas.height - Y));
    const img = ctx.createImageData(W, H);
    const out = img.data;
    const x0 = new Int32Array(W), x1 = new Int32Array(W), fx = new Float32Array(W);
    for (let x = 0; x < W; x++) {
      const c = Math.max(0, Math.min(w - 1, (x + 0.5) * w / W - 0.5));
      x0[x] = Math.floor(c) * 4;
      x1[x] = Math.min(w - 1, Math.floor(c) + 1) * 4;
      fx[x] = c - Math.floor(c);
    }
    for (let y = 0, o = 0; y < H; y++) {
      const c = Math.max(0, Math.min(h - 1, (y + 0.5) * h / H - 0.5));
      const r0 = Math.floor(c) * w * 4, r1 = Math.min(h - 1, Math.floor(c) + 1) * w * 4, fy = c - Math.floor(c);
      for (let x = 0; x < W; x++, o += 4) {
        const a = r0 + x0[x], b = r0 + x1[x], d = r1 + x0[x], e = r1 + x1[x], f = fx[x];
        for (let ch = 0; ch < 4; ch++) {
          const top = u8[a + ch] + (u8[b + ch] - u8[a + ch]) * f;
          const bot = u8[d + ch] + (u8[e + ch] - u8[d + ch]) * f;
          out[o + ch] = top + (bot - top) * fy;
        }
      }
    }
    ctx.putImageData(img, X, Y);
  };

  // mouseFocused reports whether el has the focus because it was clicked
  // or tapped, not reached with the keyboard: the last pointer press was
  // on it, and no Tab moved the focus since. The page's space and arrow
  // shortcuts then act on the page, not on the button.
  let pressed = null;
  addEventListener("pointerdown", (e) => { pressed = e.target instanceof Element ? e.target.closest("button, summary, a") : null; }, true);
  addEventListener("keydown", (e) => { if (e.key === "Tab") pressed = null; }, true);
  addEventListener("focusin", (e) => { if (pressed && e.target !== pressed) pressed = null; }, true);
  globalThis.nnMouseFocused = function (el) {
    return pressed !== null && pressed === el;
  };

  // readFile reads a dropped or picked file as text and calls done(text, error).
  // fetchText calls done(text, "") with the body at url, or done("", error).
  globalThis.nnFetchText = function (url, done) {
    fetch(new URL(url, document.baseURI))
      .then((r) => { if (!r.ok) throw new Error(url + ": HTTP " + r.status); return r.text(); })
      .then((t) => done(t, ""), (e) => done("", String(e)));
  };

  // readFile reads a picked or dropped file as text: UTF-8, or UTF-16 after
  // its byte order mark (Excel's "Unicode text"), or else Windows-1252, the
  // code page in which spreadsheets on Windows save "CSV" (ä, é, ß, €).
  globalThis.nnReadFile = function (file, done) {
    const r = new FileReader();
    r.onload = () => {
      const b = new Uint8Array(r.result);
      let enc = "utf-8";
      if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) enc = "utf-16le";
      if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) enc = "utf-16be";
      let text;
      try {
        text = new TextDecoder(enc, { fatal: true }).decode(b);
      } catch (e) {
        text = new TextDecoder("windows-1252").decode(b);
      }
      done(text, "");
    };
    r.onerror = () => done("", String(r.error));
    r.readAsArrayBuffer(file);
  };

  // download offers text (or a data: URL when mime is "") as a file.
  globalThis.nnDownload = function (name, mime, text) {
    const url = mime ? URL.createObjectURL(new Blob([text], { type: mime })) : text;
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    a.rel = "noopener";
    document.body.appendChild(a);
    a.click();
    a.remove();
    if (mime) setTimeout(() => URL.revokeObjectURL(url), 10000);
  };

  // copy puts text on the clipboard; a refusal is ignored (the field still
  // holds the text to copy by hand).
  globalThis.nnCopy = function (text) {
    try {
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).catch(() => {});
      }
    } catch (e) {}
  };

  // png returns a canvas as a PNG data: URL on a white background ("" when
  // the canvas is missing or empty).
  globalThis.nnPNG = function (id) {
    const c = document.getElementById(id);
    if (!c || !c.width || !c.height) return "";
    const o = document.createElement("canvas");
    o.width = c.width;
    o.height = c.height;
    const x = o.getContext("2d");
    x.fillStyle = "#fff";
    x.fillRect(0, 0, o.width, o.height);
    x.drawImage(c, 0, 0);
    return o.toDataURL("image/png");
  };
})();

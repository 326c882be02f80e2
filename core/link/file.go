package link

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/nnplayground/playground/core/session"
)

// FileFormat names the session file format in its "format" field.
const FileFormat = session.FileFormat

// FileVersion is the session file version this package writes.
const FileVersion = 1

// file is a session file: indented JSON, readable and diffable.
type file struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	Session
}

// EncodeFile returns s as a session file (indented JSON).
func EncodeFile(s *Session) ([]byte, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(file{Format: FileFormat, Version: FileVersion, Session: *s}); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// DecodeFile reads a session file. Its errors wrap ErrCorrupt,
// ErrNewerVersion or ErrTooLarge, as Decode's do. A file whose table or
// parameters are past their limits is refused from its structure, before
// it is decoded (scan).
func DecodeFile(b []byte) (*Session, error) {
	if len(b) > MaxFile {
		return nil, fmt.Errorf("%w: the file has %d bytes, the limit is %d", ErrTooLarge, len(b), MaxFile)
	}
	if err := scan(b, "file"); err != nil {
		return nil, err
	}
	var head struct {
		Format  string `json:"format"`
		Version int    `json:"version"`
	}
	if err := json.Unmarshal(b, &head); err != nil {
		return nil, fmt.Errorf("%w: not a session file: %v", ErrCorrupt, err)
	}
	if head.Format != FileFormat {
		return nil, fmt.Errorf("%w: not a session file (format %q, want %q)", ErrCorrupt, head.Format, FileFormat)
	}
	if head.Version > FileVersion {
		return nil, fmt.Errorf("%w (the file is version %d, this playground reads up to version %d)", ErrNewerVersion, head.Version, FileVersion)
	}
	var f file
	if err := strict(b, &f); err != nil {
		return nil, err
	}
	s := &f.Session
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return s, nil
}

package lexicon

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Row is one data line of a lexicon file, keyed by the header's column names.
type Row struct {
	File string
	Line int
	cols map[string]string
}

// Get returns the value of column name, trimmed; "" when absent.
func (r Row) Get(name string) string { return r.cols[name] }

// List splits a multi-valued column on "|" and drops empty values.
func (r Row) List(name string) []string {
	v := r.cols[name]
	if v == "" {
		return nil
	}
	parts := strings.Split(v, "|")
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Errorf formats an error that names the row's file and line.
func (r Row) Errorf(format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", r.File, r.Line, fmt.Sprintf(format, args...))
}

// ReadTSV parses the lexicon file format: UTF-8 text, lines starting with
// "#" are comments, blank lines are skipped, the first other line is a
// header of tab-separated column names, and every later line has at most
// as many tab-separated fields as the header (missing trailing fields are
// empty). required names the columns that must be present and non-empty.
func ReadTSV(name string, r io.Reader, required ...string) ([]Row, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	var header []string
	var rows []Row
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\uFEFF")
		}
		if strings.TrimSpace(text) == "" || strings.HasPrefix(strings.TrimSpace(text), "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		if header == nil {
			header = make([]string, len(fields))
			for i, f := range fields {
				header[i] = strings.TrimSpace(f)
			}
			for _, req := range required {
				if !contains(header, req) {
					return nil, fmt.Errorf("%s:%d: header lacks column %q", name, line, req)
				}
			}
			continue
		}
		if len(fields) > len(header) {
			return nil, fmt.Errorf("%s:%d: %d fields, header has %d", name, line, len(fields), len(header))
		}
		row := Row{File: name, Line: line, cols: make(map[string]string, len(header))}
		for i, f := range fields {
			row.cols[header[i]] = strings.TrimSpace(f)
		}
		for _, req := range required {
			if row.cols[req] == "" {
				return nil, row.Errorf("empty %s", req)
			}
		}
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if header == nil {
		return nil, fmt.Errorf("%s: no header line", name)
	}
	return rows, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

package main

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
)

// writeMO writes a little-endian .mo file holding pairs, in GNU gettext's layout.
func writeMO(t *testing.T, pairs [][2]string) string {
	t.Helper()
	n := len(pairs)
	origAt, transAt := 28, 28+8*n
	strAt := 28 + 16*n
	var strs bytes.Buffer
	tab := make([]uint32, 4*n)
	for i, kv := range pairs {
		for j, s := range kv {
			tab[j*2*n+2*i] = uint32(len(s))
			tab[j*2*n+2*i+1] = uint32(strAt + strs.Len())
			strs.WriteString(s)
			strs.WriteByte(0)
		}
	}
	var b bytes.Buffer
	for _, v := range []uint32{0x950412de, 0, uint32(n), uint32(origAt), uint32(transAt), 0, 0} {
		binary.Write(&b, binary.LittleEndian, v)
	}
	binary.Write(&b, binary.LittleEndian, tab)
	b.Write(strs.Bytes())
	p := filepath.Join(t.TempDir(), "ar.mo")
	if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadMO(t *testing.T) {
	p := writeMO(t, [][2]string{{"99072", "الموصل"}, {"IQ.15", "نينوى"}})
	m, err := readMO(p)
	if err != nil {
		t.Fatal(err)
	}
	if m["99072"] != "الموصل" || m["IQ.15"] != "نينوى" || len(m) != 2 {
		t.Errorf("readMO = %v", m)
	}
	for _, bad := range [][]byte{nil, []byte("not a mo file at all, not at all"), append([]byte{0xde, 0x12, 0x04, 0x95, 0, 0, 0, 0, 9, 0, 0, 0}, make([]byte, 20)...)} {
		p := filepath.Join(t.TempDir(), "bad.mo")
		os.WriteFile(p, bad, 0o644)
		if _, err := readMO(p); err == nil {
			t.Errorf("readMO(%q): no error", bad)
		}
	}
}

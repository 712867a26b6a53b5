package ingest_test

import (
	"strings"
	"testing"

	"github.com/rasd-project/rasd"
	"github.com/rasd-project/rasd/ingest"
)

func TestCheckText(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string // "" for no error
	}{
		{"text", []byte("قصفت المدفعية البلدة"), ""},
		{"empty", nil, "empty"},
		{"spaces", []byte(" \n\t"), "empty"},
		{"nul", []byte("abc\x00def"), "binary"},
		{"latin-1", []byte("caf\xe9"), "UTF-8"},
		{"too big", []byte(strings.Repeat("a", ingest.MaxArticleBytes+1)), "larger than"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ingest.CheckText(tt.in)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("unexpected error %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want an error mentioning %q", err, tt.want)
			}
		})
	}
}

func TestJSONLines(t *testing.T) {
	in := `{"id":"a","title":"عنوان","text":"نص أول","published":"2024-01-02","source":"X"}

{"text":"بلا معرف","published":"2024-01-03"}
{"id":"c",`
	var got []rasd.Article
	err := ingest.JSONLines(strings.NewReader(in), func(a rasd.Article) error {
		got = append(got, a)
		return nil
	})
	if err == nil || !strings.Contains(err.Error(), "line 4") {
		t.Fatalf("want an error naming line 4, got %v", err)
	}
	if len(got) != 2 {
		t.Fatalf("read %d articles before the bad line, want 2", len(got))
	}
	if got[0].ID != "a" || got[0].Title != "عنوان" || got[0].PublishedRaw != "2024-01-02" || got[0].Source != "X" {
		t.Errorf("first article = %+v", got[0])
	}
	if got[1].ID != "line-3" {
		t.Errorf("an article without id gets its line: got %q", got[1].ID)
	}
}

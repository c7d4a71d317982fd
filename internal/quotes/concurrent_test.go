package quotes

import (
	"reflect"
	"sync"
	"testing"
)

// Find is called concurrently by the native eval; pooled finders must not be
// shared.
func TestFindConcurrent(t *testing.T) {
	d := readArticle(t, "testdata/river-port.zh.txt")
	e := readArticle(t, "testdata/council-budget.en.txt")
	wantD, wantE := Find(d), Find(e)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				if got := Find(d); !reflect.DeepEqual(got, wantD) {
					t.Error("zh result changed under concurrency")
				}
				if got := Find(e); !reflect.DeepEqual(got, wantE) {
					t.Error("en result changed under concurrency")
				}
			}
		}()
	}
	wg.Wait()
}

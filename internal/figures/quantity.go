package figures

// Kinds of figures.
const (
	KindMoney    = "money"
	KindPercent  = "percent"
	KindCount    = "count"
	KindMultiple = "multiple"
	KindMeasure  = "measure"
)

// Quantity is a number read together with its unit.
type Quantity struct {
	Start, End int
	Value      float64
	High       float64
	Kind       string
	Unit       string
	Minor      string
	Bare       bool
}

// Quantities reads the quantities of s.
func Quantities(s, lang string) []Quantity { return nil }

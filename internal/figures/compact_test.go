package figures

import "testing"

func TestCompact(t *testing.T) {
	tests := []struct {
		f      Figure
		en, zh string
	}{
		{Figure{Value: 13.72e9, Unit: "USD", Kind: KindMoney}, "$13.72B", "137.2亿美元"},
		{Figure{Value: 10.19e9, Unit: "USD", Kind: KindMoney}, "$10.19B", "101.9亿美元"},
		{Figure{Value: 350000, Unit: "块", Kind: KindCount, Qualifier: QualMoreThan}, "350,000", "35万块"},
		{Figure{Value: 41, Unit: "%", Kind: KindPercent, Direction: "down"}, "−41%", "−41%"},
		{Figure{Value: 3.5, Unit: "%", Kind: KindPercent, Direction: "up"}, "3.5%", "3.5%"},
		{Figure{Value: -5.44, Unit: "%", Kind: KindPercent}, "−5.44%", "−5.44%"},
		{Figure{Value: 0.4, Unit: "pp", Kind: KindPercent}, "0.4 pp", "0.4个百分点"},
		{Figure{Value: 20, High: 25, Unit: "倍", Kind: KindMultiple}, "20–25×", "20～25倍"},
		{Figure{Value: 40e9, High: 50e9, Unit: "USD", Kind: KindMoney}, "$40–50B", "400～500亿美元"},
		{Figure{Value: 449000, Unit: "USD", Kind: KindMoney}, "$449K", "44.9万美元"},
		{Figure{Value: 72.95, Unit: "CNY", Kind: KindMoney}, "CN¥72.95", "72.95元"},
		{Figure{Value: 6000, Unit: "HKD", Kind: KindMoney}, "HK$6,000", "6000港元"},
		{Figure{Value: 275e9, Unit: "GBP", Kind: KindMoney}, "£275B", "2750亿英镑"},
		{Figure{Value: 400, Unit: "km", Kind: KindMeasure}, "400 km", "400 km"},
		{Figure{Value: 500, Unit: "公里", Kind: KindMeasure}, "500", "500公里"},
		{Figure{Value: 90, Unit: "days", Kind: KindCount}, "90 days", "90 days"},
		{Figure{Value: 1.29e8, Unit: "户", Kind: KindCount}, "129M", "1.29亿户"},
		{Figure{Value: 2.53, Unit: "USD", Kind: KindMoney}, "$2.53", "2.53美元"},
	}
	for _, tt := range tests {
		if got := Compact(tt.f, "en"); got != tt.en {
			t.Errorf("Compact(%v %s, en) = %q, want %q", tt.f.Value, tt.f.Unit, got, tt.en)
		}
		if got := Compact(tt.f, "zh-CN"); got != tt.zh {
			t.Errorf("Compact(%v %s, zh) = %q, want %q", tt.f.Value, tt.f.Unit, got, tt.zh)
		}
	}
}

package buildext

import (
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
)

// Icon design, in units of a 16×16 grid: a green rounded square with three
// white "lines of text", the middle one highlighted, drawn at each size.
var (
	iconSizes  = []int{16, 32, 48, 128}
	iconGreen  = color.NRGBA{0x2f, 0x6f, 0x4f, 0xff}
	iconWhite  = color.NRGBA{0xff, 0xff, 0xff, 0xff}
	iconYellow = color.NRGBA{0xff, 0xd8, 0x4d, 0xff}
	iconLines  = []struct {
		y, x0, x1 float64
		c         color.NRGBA
	}{{4, 3.5, 12.5, iconWhite}, {7.5, 3.5, 12.5, iconYellow}, {11, 3.5, 9.5, iconWhite}}
)

func writeIcons(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, n := range iconSizes {
		f, err := os.Create(filepath.Join(dir, strconv.Itoa(n)+".png"))
		if err != nil {
			return err
		}
		err = png.Encode(f, drawIcon(n))
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func drawIcon(n int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, n, n))
	u := float64(n) / 16
	r := 3 * u // corner radius
	lineH := 1.6 * u
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			px, py := float64(x)+0.5, float64(y)+0.5
			if !inRoundedSquare(px, py, float64(n), r) {
				continue
			}
			c := iconGreen
			for _, l := range iconLines {
				if py >= l.y*u && py < l.y*u+lineH && px >= l.x0*u && px < l.x1*u {
					c = l.c
				}
			}
			img.SetNRGBA(x, y, c)
		}
	}
	return img
}

func inRoundedSquare(x, y, size, r float64) bool {
	cx := min(max(x, r), size-r)
	cy := min(max(y, r), size-r)
	dx, dy := x-cx, y-cy
	return dx*dx+dy*dy <= r*r
}

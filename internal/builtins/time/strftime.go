// This file defines strftime's expansion of directives.

package time

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

var (
	tmDayNames   = [7]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	tmMonthNames = [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// format expands the strftime directives of f for st.
func (m *timeModule) format(f string, st *structTime) string {
	var b strings.Builder
	year, mon, mday, hour, min, sec, wday, yday := st.f[0], st.f[1], st.f[2], st.f[3], st.f[4], st.f[5], st.f[6], st.f[7]
	if mon < 1 {
		mon = 1
	}
	sunday := (wday + 1) % 7 // 0 = Sunday, as C's tm_wday
	hour12 := hour % 12
	if hour12 == 0 {
		hour12 = 12
	}
	ampm := "AM"
	if hour >= 12 {
		ampm = "PM"
	}
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c != '%' || i+1 >= len(f) {
			b.WriteByte(c)
			continue
		}
		start := i
		i++
		pad := byte(0) // 0: the directive's default
		upper := false
		for i < len(f) && strings.IndexByte("-_0^#", f[i]) >= 0 {
			switch f[i] {
			case '^':
				upper = true
			case '#':
			default:
				pad = f[i]
			}
			i++
		}
		if i >= len(f) {
			b.WriteString(f[start:])
			break
		}
		num := func(n, width int, defPad byte) string {
			p := defPad
			if pad != 0 {
				p = pad
			}
			s := strconv.Itoa(n)
			switch p {
			case '-':
				return s
			case '_':
				p = ' '
			}
			for len(s) < width {
				s = string(p) + s
			}
			return s
		}
		text := func(s string) string {
			if upper {
				return strings.ToUpper(s)
			}
			return s
		}
		var out string
		switch f[i] {
		case 'a':
			out = text(tmDayNames[((wday%7)+7)%7][:3])
		case 'A':
			out = text(tmDayNames[((wday%7)+7)%7])
		case 'b', 'h':
			out = text(tmMonthNames[(mon-1)%12][:3])
		case 'B':
			out = text(tmMonthNames[(mon-1)%12])
		case 'c':
			out = text(st.asctime())
		case 'C':
			out = num(year/100, 2, '0')
		case 'd':
			out = num(mday, 2, '0')
		case 'D':
			out = m.format("%m/%d/%y", st)
		case 'e':
			out = num(mday, 2, ' ')
		case 'F':
			out = m.format("%Y-%m-%d", st)
		case 'g', 'G', 'V':
			iy, iw := time.Date(year, time.Month(mon), mday, 12, 0, 0, 0, time.UTC).ISOWeek()
			switch f[i] {
			case 'g':
				out = num(iy%100, 2, '0')
			case 'G':
				out = num(iy, 1, '0')
			default:
				out = num(iw, 2, '0')
			}
		case 'H':
			out = num(hour, 2, '0')
		case 'I':
			out = num(hour12, 2, '0')
		case 'j':
			out = num(yday, 3, '0')
		case 'k':
			out = num(hour, 2, ' ')
		case 'l':
			out = num(hour12, 2, ' ')
		case 'm':
			out = num(mon, 2, '0')
		case 'M':
			out = num(min, 2, '0')
		case 'n':
			out = "\n"
		case 'p':
			out = ampm
		case 'P':
			out = strings.ToLower(ampm)
		case 'r':
			out = m.format("%I:%M:%S %p", st)
		case 'R':
			out = m.format("%H:%M", st)
		case 's':
			out = num(int(m.unix(st)), 1, '0')
		case 'S':
			out = num(sec, 2, '0')
		case 't':
			out = "\t"
		case 'T', 'X':
			out = m.format("%H:%M:%S", st)
		case 'u':
			out = num(wday%7+1, 1, '0')
		case 'U':
			out = num((yday-1+7-sunday)/7, 2, '0')
		case 'w':
			out = num(sunday, 1, '0')
		case 'W':
			out = num((yday-1+7-wday%7)/7, 2, '0')
		case 'x':
			out = m.format("%m/%d/%y", st)
		case 'y':
			out = num(((year%100)+100)%100, 2, '0')
		case 'Y':
			out = num(year, 1, '0')
		case 'z':
			off := st.gmtoff
			sign := '+'
			if off < 0 {
				sign, off = '-', -off
			}
			out = fmt.Sprintf("%c%02d%02d", sign, off/3600, off/60%60)
		case 'Z':
			out = text(st.zone)
		case '%':
			out = "%"
		default:
			out = f[start : i+1]
		}
		b.WriteString(out)
	}
	return b.String()
}

package match

import "testing"

// TestDoShortAnswer answers « Que fait X ? » with the verb after X's words
// in the cited sentence and what follows it in its clause.
func TestDoShortAnswer(t *testing.T) {
	checkShort(t, "Le groupe", "En 1987, le bassiste Steve Rowe forme le groupe Lightforce avec Murray Adams, puis il part. "+
		"Les frères Winchester décident de jouer les médiateurs.", "", []shortCase{
		{"Que fait Steve Rowe en 1987 ?", "forme le groupe Lightforce avec Murray Adams"},
		{"Que font les frères Winchester ?", "décident de jouer les médiateurs"},
	})
}

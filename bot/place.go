package bot

import "fmt"

// Place says where the quote stands in its article, in French:
// « paragraphe 3, phrase 2 », or for a line printed apart from the text
// its kind (« titre », « intertitre avant le paragraphe 4 »). para is
// how a paragraph is named: « paragraphe » in prose, « § » where room is
// short.
func (c Citation) Place(para string) string {
	if c.Part == "" {
		return fmt.Sprintf("%s %d, phrase %d", para, c.Paragraph, c.Sentence)
	}
	if c.Part == "intertitre" {
		return fmt.Sprintf("intertitre avant le %s %d", para, c.Paragraph)
	}
	return c.Part
}

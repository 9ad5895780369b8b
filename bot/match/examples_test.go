package match

import "testing"

// TestCopulaList answers « Quelles sont les N ? » with the list a plural
// copula gives N, to the comma after the member that follows « et » (not
// the clause after it), through members a determiner opens, past a
// participle and « comme » (« sont définis comme »); nothing when the
// copula gives a participle or a single thing.
func TestCopulaList(t *testing.T) {
	checkShort(t, "La télévision", "Les trois principales chaînes sont TF1, France 2 et M6, seule France 2 appartient au groupe public. "+
		"Le groupe opère sur quatre secteurs qui sont les moteurs et véhicules, les yachts de luxe et les pièces automobiles. "+
		"Les menaces sont l'extension de la végétation et les infiltrations d'eau car le schiste est friable. "+
		"Les programmes éducatifs sont diffusés de France tandis que les feuilletons viennent d'ailleurs. "+
		"Son thème principal est la vie, et sa portée était profonde. "+
		"Les sujets du peintre sont la mer, et ses toiles sont petites. "+
		"Des élus ont assisté au congrès, dont les enjeux sont définis comme la croissance économique, la sécurité et l'emploi.", "list", []shortCase{
		{"Quelles sont les trois principales chaînes ?", "TF1, France 2 et M6"},
		{"Dans quels secteurs opère le groupe ?", "les moteurs et véhicules, les yachts de luxe et les pièces automobiles"},
		{"Quelles sont les menaces ?", "l'extension de la végétation et les infiltrations d'eau"},
		{"Quels sont les programmes éducatifs ?", ""},
		{"Quels sont les thèmes principaux ?", ""},
		{"Quels sont les sujets du peintre ?", "la mer"}, // not « la mer, et ses toiles »
		// Past « définis comme ».
		{"Quels sont les enjeux du congrès ?", "la croissance économique, la sécurité et l'emploi"},
	})
}

// TestCommaList answers « Quels N … ? » with the list written after a
// comma that follows N, from N's « de » complement when the members are
// like it, and nothing when no « et » makes it a list.
func TestCommaList(t *testing.T) {
	checkShort(t, "Le royaume", "Le roi instaure un monopole sur le commerce du fer, du sel et de l'alcool, puis il part. "+
		"Il est le père des deux protagonistes de la série, Dean et Sam Winchester. "+
		"Le savant a écrit plusieurs traités techniques, le Miroir de l'univers et le Livre des mers. "+
		"Le peintre a vendu ses tableaux, la collection entière.", "list", []shortCase{
		{"Quels commerces deviennent un monopole ?", "du fer, du sel et de l'alcool"},
		{"Quels sont les protagonistes de la série ?", "Dean et Sam Winchester"},
		{"Quels traités techniques le savant a-t-il écrits ?", "le Miroir de l'univers et le Livre des mers"},
		{"Quels tableaux le peintre a-t-il vendus ?", ""},
	})
}

// TestExamplesKind reads the kind a « Quels N … ? » question asks for past
// the copula, a count and an adjective before N (« les trois principales
// céréales »): the examples of N answer it.
func TestExamplesKind(t *testing.T) {
	checkShort(t, "L'Acadie", "Dans leurs champs, les Acadiens cultivent certaines céréales comme le sarrasin.", "list", []shortCase{
		{"Quelles sont les trois principales céréales que cultivent les Acadiens ?", "le sarrasin"},
	})
}

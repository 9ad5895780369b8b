package match

import "testing"

// TestQuestionProper reads the question proper after a greeting or a
// polite lead-in and before the thanks, without the statements around
// it, and answers it as if asked plainly, and as if in lower case when
// typed in capitals alone.
func TestQuestionProper(t *testing.T) {
	m := New(seedBase(t))
	for _, tt := range []struct{ text, want string }{
		{"Bonjour, qui a qualifié Internet de force du bien ?", "qui a qualifié Internet de force du bien ?"},
		{"Bonjour à tous ! Qui est Lu Wei ?", "Qui est Lu Wei ?"},
		{"Merci ! Et qui a signé l'appel de Paris ?", "Et qui a signé l'appel de Paris ?"},
		{"Salut citebot, Lu Wei est-il venu à Londres ?", "Lu Wei est-il venu à Londres ?"},
		{"Dis-moi où se tiendra le sommet du G8", "où se tiendra le sommet du G8"},
		{"Pourriez-vous me dire dans quelle ville se tient la conférence ?", "dans quelle ville se tient la conférence ?"},
		{"J'aimerais savoir combien de pays étaient représentés à Londres", "combien de pays étaient représentés à Londres"},
		{"S'il vous plaît, est-ce que la Chine a signé l'appel ?", "est-ce que la Chine a signé l'appel ?"},
		// A lead-in that no question word follows is kept: it may be
		// what is asked.
		{"Vous savez que la Chine bloque Facebook ?", "Vous savez que la Chine bloque Facebook ?"},
		{"Vous savez, la Chine bloque Facebook", "la Chine bloque Facebook"},
		// An indirect yes/no question is asked directly.
		{"Je voudrais savoir si la Chine a signé", "Est-ce que la Chine a signé"},
		{"Sais-tu si Joe Biden était à Londres ?", "Est-ce que Joe Biden était à Londres ?"},
		{"Dis-moi s'il y avait des représentants de l'ONU", "Est-ce qu'il y avait des représentants de l'ONU"},
		{"Dis-moi s'il te plaît qui a signé", "qui a signé"},
		{"Est-ce que tu sais qui a qualifié Internet de force du bien ?", "qui a qualifié Internet de force du bien ?"},
		{"Explique-moi pourquoi la Chine bloque Facebook", "pourquoi la Chine bloque Facebook"},
		{"Dis-moi ce qu'a déclaré William Nee", "Qu'est-ce qu'a déclaré William Nee"},
		{"Sais-tu ce que voudrait faire Washington ?", "Qu'est-ce que voudrait faire Washington ?"},
		{"Explique-moi ce qui rend douteuse la démocratisation du Web", "Qu'est-ce qui rend douteuse la démocratisation du Web"},
		{"Ce que la Chine bloque est-il accessible ?", "Ce que la Chine bloque est-il accessible ?"},
		{"Aide-moi stp : qui a signé l'appel de Paris ?", "qui a signé l'appel de Paris ?"},
		{"J'aimerais savoir selon William Hague, quel est un objectif de la conférence ?", "selon William Hague, quel est un objectif de la conférence ?"},
		{"Aide de l'État : qui la reçoit ?", "Aide de l'État : qui la reçoit ?"},
		// A punctuation mark ends a lead-in whatever follows it.
		{"Dites-moi, Joe Biden était-il à Londres ?", "Joe Biden était-il à Londres ?"},
		{"Je voudrais savoir : et notamment de quelles informations ?", "et notamment de quelles informations ?"},
		{"Une question : who wrote the Reuters dispatch?", "who wrote the Reuters dispatch?"},
		// Fillers of speech.
		{"Du coup, qui a signé l'appel de Paris ?", "qui a signé l'appel de Paris ?"},
		{"Au fait qui est Lu Wei ?", "qui est Lu Wei ?"},
		{"Bon, et qui a signé ?", "et qui a signé ?"},
		{"Qui a signé l'appel de Paris, hein ?", "Qui a signé l'appel de Paris"},
		{"Du coup de force, qui parle ?", "Du coup de force, qui parle ?"},
		// What the asker says of themself before a comma.
		{"J'ai lu les articles, qui a signé l'appel de Paris ?", "qui a signé l'appel de Paris ?"},
		{"Je ne comprends pas, pourquoi la Chine bloque-t-elle Facebook ?", "pourquoi la Chine bloque-t-elle Facebook ?"},
		{"J'ai lu que Cameron a parlé, qu'a-t-il dit ?", "J'ai lu que Cameron a parlé, qu'a-t-il dit ?"},
		{"J'ai lu l'article, le Japon était-il représenté ?", "le Japon était-il représenté ?"},
		{"J'ai relu le texte, selon Hague, quel est l'objectif ?", "selon Hague, quel est l'objectif ?"},
		{"Je trouve ça bien, c'est clair.", "Je trouve ça bien, c'est clair."},
		{"Je voudrais savoir : dans quelle région, hors G8, existent-ils ?", "dans quelle région, hors G8, existent-ils ?"},
		{"Je sais que la Chine a signé, mais qui d'autre ?", "Je sais que la Chine a signé, mais qui d'autre ?"},
		// A worksheet's numbering.
		{"1) Qui a signé l'appel de Paris ?", "Qui a signé l'appel de Paris ?"},
		{"2. qui est lu wei", "qui est lu wei"},
		{"Q3 : Où se tient le sommet ?", "Où se tient le sommet ?"},
		{"Question 4 : qui a signé ?", "qui a signé ?"},
		{"b) Et qui a signé ?", "Et qui a signé ?"},
		{"2012 : qui a signé ?", "2012 : qui a signé ?"},
		{"3 pays ont-ils signé ?", "3 pays ont-ils signé ?"},
		{"À qui doit-on la déclaration ?", "À qui doit-on la déclaration ?"},
		// « si » after no lead-in is the question's.
		{"Si la Chine signe, que fera la Russie ?", "Si la Chine signe, que fera la Russie ?"},
		// A preposition before the question word is the question's.
		{"À qui doit-on la déclaration finale ?", "À qui doit-on la déclaration finale ?"},
		{"bonjour qui est lu wei", "qui est lu wei"},
		{"Bonjour, Le chef de l'État va-t-il convier des personnalités ?", "Le chef de l'État va-t-il convier des personnalités ?"},
		{"Bonjour tout le monde, qui a signé ?", "qui a signé ?"},
		{"Bonjour à tous ! Le chef de l'État va-t-il venir ?", "Le chef de l'État va-t-il venir ?"},
		// A greeting that no punctuation, question word or lead-in
		// follows may be what is asked about.
		{"Salut est-il un mot des articles ?", "Salut est-il un mot des articles ?"},
		// Nothing after the greeting: small talk, the bot's to answer.
		{"Bonjour à tous !", "Bonjour à tous !"},
		{"Tous les pays ont-ils signé ?", "Tous les pays ont-ils signé ?"},
		// The thanks or the politeness that close it.
		{"Qui est Lu Wei ? Merci !", "Qui est Lu Wei ?"},
		{"Bonjour, qui a signé l'appel ? Merci beaucoup à tous", "qui a signé l'appel ?"},
		{"Qui a signé l'appel de Paris svp", "Qui a signé l'appel de Paris"},
		{"Où se tient le sommet ? S'il vous plaît.", "Où se tient le sommet ?"},
		{"Qui a dit merci ?", "Qui a dit merci ?"},
		{"Qui est-il ?", "Qui est-il ?"},
		{"Que signifie svp ?", "Que signifie svp ?"},
		// The statements around the question go.
		{"J'ai une question. Qui a signé l'appel de Paris ?", "Qui a signé l'appel de Paris ?"},
		{"Je lis les articles pour mon exposé. qui est lu wei ?", "qui est lu wei ?"},
		{"Qui est Lu Wei ? C'est pour mon exposé.", "Qui est Lu Wei ?"},
		{"Je révise. Qui est Lu Wei ? Et qui est William Nee ? Merci.", "Qui est Lu Wei ? Et qui est William Nee ?"},
		// A question that asks of the statement keeps it; a full stop
		// inside a name, a web address or a word ends no sentence.
		{"Un homme a signé. Lequel ?", "Un homme a signé. Lequel ?"},
		{"Qu'a dit M. Nee d'Amnesty ?", "Qu'a dit M. Nee d'Amnesty ?"},
		{"Pour quels produits la société Creatures Inc. est-elle connue ?", "Pour quels produits la société Creatures Inc. est-elle connue ?"},
		{"Quel site a un système comme Amazon.com ?", "Quel site a un système comme Amazon.com ?"},
		{"Quand est parue la pre?mière oeuvre de Gesualdo", "Quand est parue la pre?mière oeuvre de Gesualdo"},
	} {
		parsesAs(t, m, tt.text, tt.want)
	}
	for _, q := range []string{"Bonjour, qui a qualifié Internet de force du bien ?", "Qui a qualifié Internet de force du bien ? Merci !",
		"J'ai une question. Qui a qualifié Internet de force du bien ?", "Qui a qualifié Internet de force du bien ? Je ne trouve pas.",
		"QUI A QUALIFIÉ INTERNET DE FORCE DU BIEN ?", "1) Qui a qualifié Internet de force du bien ?"} {
		answeredAlike(t, m, q, "Qui a qualifié Internet de force du bien ?")
	}
	if a := m.Answer("Bonjour, quel âge a William Hague ?", nil); a.Answered {
		t.Errorf("« Bonjour, quel âge a William Hague ? »: answered %q, want an abstention as without the greeting", a.Short)
	}
}

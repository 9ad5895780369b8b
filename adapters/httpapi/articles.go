package httpapi

import "net/http"

// ArticleInfo describes one article of the corpus for GET /v1/articles.
type ArticleInfo struct {
	ID         string `json:"id"`
	Title      string `json:"title"`
	Date       string `json:"date,omitempty"`
	Source     string `json:"source,omitempty"`
	URL        string `json:"url,omitempty"`
	Paragraphs int    `json:"paragraphs"`
}

// ArticleList is the body of GET /v1/articles.
type ArticleList struct {
	Count    int           `json:"count"`
	Articles []ArticleInfo `json:"articles"`
}

func (a *API) articles(w http.ResponseWriter, r *http.Request) {
	list := ArticleList{Articles: []ArticleInfo{}}
	if a.opts.Base != nil {
		for _, art := range a.opts.Base.Articles {
			list.Articles = append(list.Articles, ArticleInfo{
				ID: art.ID, Title: art.Title, Date: art.Date, Source: art.Source, URL: art.URL,
				Paragraphs: len(art.Paragraphs),
			})
		}
	}
	list.Count = len(list.Articles)
	writeJSON(w, http.StatusOK, list)
}

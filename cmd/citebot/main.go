// Command citebot answers questions about a folder of French news articles,
// quoting them word for word.
package main

func main() {}

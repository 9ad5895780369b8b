//go:build !unix

package indexcache

import "os"

// mapFile reads the file whole where memory mapping is not available.
func mapFile(file string) ([]byte, func(), error) {
	data, err := os.ReadFile(file)
	return data, func() {}, err
}

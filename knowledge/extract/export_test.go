package extract

// CheckInvariants is checkInvariants for the tests of package extract_test,
// which load whole corpora through knowledge.
var CheckInvariants = checkInvariants

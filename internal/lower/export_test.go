package lower

// The test-only runtime's runners, for the script tests of scripts_test.go
// (package lower_test, which may import package scripttest).
var (
	ScriptsDir = scriptsDir
	RunSrc     = runSrc
	LowerSrc   = lowerSrc
	PrintFile  = printFile
)

package figures

import "testing"

// Every word table lists each word once.
func TestTablesHaveNoDuplicates(t *testing.T) {
	tables := map[string]interface{ sources() []string }{
		"enMonths": enMonths, "enLabelWords": enLabelWords, "enOrdinalSuffixes": enOrdinalSuffixes, "enInstruments": enInstruments,
		"enModelWords": enModelWords, "enCountQualifiers": enCountQualifiers, "enIndexWords": enIndexWords,
		"enFunctionWords": enFunctionWords, "enVerbs": enVerbs, "enLyNouns": enLyNouns, "enTimeNames": enTimeNames,
		"enTheBefore": enTheBefore, "enYearLinks": enYearLinks, "enMultipleFollowers": enMultipleFollowers,
		"enTimeFrameBefore": enTimeFrameBefore, "enTimeFrameAfter": enTimeFrameAfter, "enRecordWords": enRecordWords,
		"enLossVerbs": enLossVerbs, "zhNotClosingNouns": zhNotClosingNouns, "enTimeWords": enTimeWords,
		"enAuxiliaries": enAuxiliaries, "enSubjectVerbs": enSubjectVerbs, "enPronouns": enPronouns, "enClauseLinks": enClauseLinks,
		"enQualifierParts": enQualifierParts, "enSkipBeforeFigure": enSkipBeforeFigure, "ambiguousCurrencyWords": ambiguousCurrencyWords,
		"isoCodes": isoCodes, "enFrequencyPeriods": enFrequencyPeriods,
		"zhCountWords": zhCountWords, "enMultipleWords": enMultipleWords, "zhQualBefore": zhQualBefore, "zhQualAfter": zhQualAfter,
		"enQualBefore": enQualBefore, "enQualAfter": enQualAfter, "zhDirections": zhDirections, "zhDirectionAfter": zhDirectionAfter,
		"enDirections": enDirections, "enDirectionAfter": enDirectionAfter, "enCurrencyWords": enCurrencyWords,
		"dollarPrefixes": dollarPrefixes, "currencyPrefixWords": currencyPrefixWords, "enBareCurrencies": enBareCurrencies,
		"enPercentWords": enPercentWords, "zhUnits": zhUnits, "enUnits": enUnits, "enGluedUnits": enGluedUnits,
		"scaleWords": scaleWords, "enDimensionWords": enDimensionWords, "enDeterminers": enDeterminers,
		"enCoordinationWords": enCoordinationWords, "enAboutJunk": enAboutJunk, "enLeadingWords": enLeadingWords, "enIngNouns": enIngNouns,
		"enPastVerbs": enPastVerbs, "enCurrencySymbols": enCurrencySymbols, "zhCurrencyNames": zhCurrencyNames,
	}
	for name, tb := range tables {
		if d := duplicates(tb.sources()...); len(d) > 0 {
			t.Errorf("%s lists %q more than once", name, d)
		}
	}
}

/**
 * The report `consent-gate scan --out x.json` writes beside its draft catalogue (`x.scan.json`): how the scanner
 * marks it and how `consent-gate validate` tells it from a catalogue (the same `catalog/*.json` glob picks it up).
 * A module of its own, so that validating does not load the scanner and its cookie table.
 */
export const SCAN_REPORT_KIND = 'consent-gate scan report';

/** True for a scan report, by its name or its mark. */
export const isScanReport = (file, input) => file.endsWith('.scan.json') || input?.kind === SCAN_REPORT_KIND;

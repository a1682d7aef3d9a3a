/**
 * Script-tag validator part (dist/consent-gate.validate.js): fetched only when
 * the loader or the UI found something wrong in the catalogue, to name every
 * problem with its path, and to build the fallback catalogue that stands in
 * for an unusable one. Working catalogues never pay for either.
 */
import { parseCatalog } from '../core/catalog';
import { formatProblem } from '../core/validate';
import { fallbackCatalog } from '../page/fallback-catalog';
import { registerPart } from '../page/parts';

registerPart('validate', {
  fallback: fallbackCatalog,
  report(input, presets) {
    const result = parseCatalog(input, { presets });
    for (const warning of result.warnings) console.warn('[consent-gate] %s', warning);
    if (!result.ok) {
      console.error(
        '[consent-gate] the catalogue has %s; what they touch is left out (with a problem in its gating part, nothing optional runs):\n%s',
        result.problems.length === 1 ? '1 problem' : `${result.problems.length} problems`,
        result.problems.map(formatProblem).join('\n'),
      );
    }
  },
});

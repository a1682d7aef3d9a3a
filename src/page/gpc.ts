/** Global Privacy Control: the browser's standing refusal of sale and sharing, honoured unless `honorGpc` is false. */
export function gpcHonoured(doc: Document, honorGpc: boolean): boolean {
  return honorGpc && (doc.defaultView?.navigator as { globalPrivacyControl?: boolean } | undefined)?.globalPrivacyControl === true;
}

import { indexedPattern, scanLower } from './lead-index.js';
import type { TextModel } from './text-model.js';

// Runs of digits with the separators people write phone numbers with: "+44 7700 900123",
// "(555) 014-2000", "555.014.2000", "07700-900-123". Bounded, so it cannot backtrack for long.
const PHONE_LIKE = /[+(]?\d[\d\s().\-\u2010-\u2013]{5,24}\d/g;
const YEAR_PAIR = /^(?:19|20)\d\d\D+(?:19|20)\d\d$/;
const ISO_DATE = /^\d{4}-\d\d-\d\d/;
// "ana at example dot com", as said in a voicemail.
const SPOKEN_EMAIL = indexedPattern(/\bat\s+[a-z\d-]+\s+dot\s+(?:com|co|org|net|io|edu|gov|uk|de|fr|ca|au|info|me|dev|ai)\b/g);
const SPOKEN_DIGITS = indexedPattern(/\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)\b/g);
const CONTACT_LABEL = /\b(?:phone|number|mobile|cell|tel|telephone|email|e-mail|contact|details|signature)\b/;

/**
 * True when the text gives a phone number: written, spoken digit by digit, or as a placeholder.
 *
 * @example
 * ```ts
 * hasPhoneNumber(buildTextModel('Call me on (555) 014-2000.'));
 * //=> true
 * ```
 */
export function hasPhoneNumber(model: TextModel): boolean {
  PHONE_LIKE.lastIndex = 0;
  for (let hit = PHONE_LIKE.exec(model.text); hit !== null; hit = PHONE_LIKE.exec(model.text)) {
    const candidate = hit[0].trim();
    let digits = 0;
    for (const unit of candidate) if (unit >= '0' && unit <= '9') digits++;
    if (digits >= 7 && digits <= 15 && !YEAR_PAIR.test(candidate) && !ISO_DATE.test(candidate)) return true;
  }
  return hasSpokenNumber(model);
}

function hasSpokenNumber(model: TextModel): boolean {
  // Seven or more digit words close together: "five five five, zero one four two".
  let run = 0;
  let lastEnd = -1;
  return scanLower(model, SPOKEN_DIGITS, (hit) => {
    run = hit.index - lastEnd <= 3 ? run + 1 : 1;
    lastEnd = hit.index + hit[0].length;
    return run >= 7;
  });
}

/**
 * True when the text gives an email address, written or spoken.
 *
 * @example
 * ```ts
 * hasEmailAddress(buildTextModel('Write to ana@example.com.'));
 * //=> true
 * ```
 */
export function hasEmailAddress(model: TextModel): boolean {
  const { text } = model;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}._%+-]/u.test(text.charAt(at - 1))) continue;
    let end = at + 1;
    while (end < text.length && /[\p{L}\p{N}.-]/u.test(text.charAt(end))) end++;
    while (end > at + 1 && text.charAt(end - 1) === '.') end--; // the full stop after an address
    const domain = text.slice(at + 1, end);
    if (/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(domain)) return true;
  }
  return scanLower(model, SPOKEN_EMAIL, () => true);
}

/**
 * True when a placeholder such as `[your phone number]` or `{email}` stands for contact details.
 *
 * @example
 * ```ts
 * hasContactPlaceholder(buildTextModel('Call me on [your phone number].'));
 * //=> true
 * ```
 */
export function hasContactPlaceholder(model: TextModel): boolean {
  return model.placeholders.some((placeholder) => CONTACT_LABEL.test(placeholder.label));
}

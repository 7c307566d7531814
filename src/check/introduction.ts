import { indexedPattern, scanLower } from './lead-index.js';
import { isWhiteSpace, lastAtOrBefore, wordAt, type Sentence, type TextModel } from './text-model.js';

// Words that follow "I'm" or "this is" with a capital letter without being a name.
const NOT_A_NAME = new Set([
  'a', 'an', 'the', 'just', 'still', 'so', 'very', 'really', 'writing', 'calling', 'following', 'reaching', 'glad',
  'happy', 'sorry', 'hoping', 'excited', 'interested', 'looking', 'thrilled', 'grateful', 'thankful', 'delighted',
  'pleased', 'confident', 'also', 'again', 'not', 'here', 'now', 'great', 'good', 'nice', 'my', 'your', 'our', 'with',
  'about', 'regarding', 'in', 'on', 'at', 'for', 'to', 'from', 'available', 'keen', 'eager', 'ready', 'sure', 'certain',
  'going', 'trying', 'getting', 'hopeful', 'i', 'checking', 'contacting', 'only', 'currently', 'back', 'finally',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'tomorrow', 'regards',
  'thanks', 'thank', 'best', 'sincerely', 'it', 'this', 'that', 'what', 'why', 'how', 'all', 'one', 'no', 'yes', 'hi',
  'hello', 'dear', 'please', 'when', 'if', 'and', 'but', 'or', 'as', 'we', 'you', 'they', 'he', 'she', 'there',
  "i'm", "i've", "i'll", "i'd", 'im', 'me', 'who', 'someone', 'just', 'again', 'everyone', 'team', 'sorry',
]);

// Words that close a message before the sender's name: "Best regards,", "Many thanks,", "Cheers,".
const CLOSING_WORDS = new Set([
  'best', 'kind', 'kindest', 'warm', 'warmest', 'warmly', 'many', 'regards', 'thanks', 'thank', 'you', 'sincerely',
  'yours', 'truly', 'faithfully', 'respectfully', 'cheers', 'all', 'the', 'with', 'gratitude', 'appreciation', 'wishes',
  'again', 'cordially', 'gratefully', 'sincere', 'so', 'much', 'take', 'care', 'speak', 'soon', 'talk', 'love', 'fondly',
  'very', 'in', 'advance', 'and', 'until', 'then', 'hope', 'to', 'hear', 'from',
]);

function isCapitalised(model: TextModel, index: number): boolean {
  const first = model.text.charAt(model.wordStarts[index] ?? 0);
  return first !== first.toLowerCase();
}

function isNameWord(model: TextModel, index: number): boolean {
  return isCapitalised(model, index) && !NOT_A_NAME.has(wordAt(model, index));
}

function placeholderAt(model: TextModel, offset: number, slack: number): boolean {
  return model.placeholders.some((placeholder) => placeholder.start >= offset && placeholder.start <= offset + slack);
}

// True when the text between two offsets is only spaces (the words are adjacent, same sentence).
function adjacent(model: TextModel, from: number, to: number): boolean {
  return to >= from && to - from <= 3 && isSpacesOnly(model.text, from, to);
}

// True when text[from, to) is white space without a line break (or empty): /^[^\S\n]*$/u. Read
// without a pattern or a slice, since it runs for the gap after every word of a long line.
function isSpacesOnly(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 10 || !isWhiteSpace(code)) return false;
  }
  return true;
}

// True when text[from, to) holds a line feed.
function hasLineFeed(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (text.charCodeAt(at) === 10) return true;
  return false;
}

// True when text[from, to) holds a character other than white space: /\S/u.
function hasNonSpace(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (!isWhiteSpace(text.charCodeAt(at))) return true;
  return false;
}

/**
 * True when the writer gives their name: "This is Ana Silva", "My name is", "I'm Ana", a sign-off.
 *
 * @example
 * ```ts
 * givesSenderName(buildTextModel('Hi Jordan, this is Ana Silva.'));
 * //=> true
 * ```
 */
export function givesSenderName(model: TextModel): boolean {
  return introducesSelf(model) || signsOff(model) || model.placeholders.some((p) => isOwnNameLabel(p.label));
}

function isOwnNameLabel(label: string): boolean {
  return /\bname\b/u.test(label) && !/\b(?:interviewer|manager|recruiter|hiring|their|contact|company|reader|his|her|recipient)\b/u.test(label);
}

// "My name is", "this is", "it's", "I'm", "I am": what comes next may be the writer's name.
const SELF_INTRODUCTION = indexedPattern(/\b(?:my\s+name\s+is|my\s+name's|this\s+is|it\s+is|it's|i'm|i\s+am|im)\b/g);
// "Ana Silva here", "Jonas Berg calling", "Sam speaking".
const NAME_MARKER = indexedPattern(/\b(?:here|calling|speaking)\b/g);

/** The index of the first word that starts at or after `offset`. */
function wordIndexFrom(model: TextModel, offset: number): number {
  return lastAtOrBefore(model.wordStarts, offset - 1) + 1;
}

function introducesSelf(model: TextModel): boolean {
  const count = model.wordStarts.length;
  const introduced = scanLower(model, SELF_INTRODUCTION, (hit) => {
    const leadEnd = hit.index + hit[0].length;
    if (placeholderAt(model, leadEnd, 3)) return true;
    const next = wordIndexFrom(model, leadEnd);
    if (next >= count || !adjacent(model, leadEnd, model.wordStarts[next] ?? 0)) return false;
    if (hit[0].startsWith('my') || isNameWord(model, next)) return true;
    // "this is ana silva calling", written all in lower case.
    if (hit[0].startsWith('this') || hit[0] === "it's") {
      for (let ahead = next + 1; ahead <= next + 3 && ahead < count; ahead++) {
        const after = wordAt(model, ahead);
        if (after === 'calling' || after === 'speaking' || after === 'here') return true;
      }
    }
    return false;
  });
  return introduced || namedBeforeMarker(model);
}

function namedBeforeMarker(model: TextModel): boolean {
  return scanLower(model, NAME_MARKER, (hit) => {
    const index = lastAtOrBefore(model.wordStarts, hit.index);
    if (index < 1 || model.wordStarts[index] !== hit.index) return false;
    return isNameWord(model, index - 1) && adjacent(model, model.wordEnds[index - 1] ?? 0, hit.index);
  });
}

function signsOff(model: TextModel): boolean {
  const { sentences } = model;
  // A sign-off closes a message: from the last sentence back, one is found after a few.
  for (let s = sentences.length - 1; s >= 0; s--) {
    const sentence = sentences[s] as Sentence;
    let index = sentence.firstWord;
    while (index < sentence.endWord && CLOSING_WORDS.has(wordAt(model, index))) index++;
    if (index === sentence.firstWord) continue;
    if (index < sentence.endWord) {
      // "Thanks, Ana" or "Best regards, Ana Silva" on one line.
      if (startsWithName(model, index, endOfLine(model, index, sentence.endWord))) return true;
      continue;
    }
    const following = sentences[s + 1];
    if (following === undefined) {
      if (placeholderAt(model, sentence.end, 6)) return true;
      continue;
    }
    if (placeholderAt(model, sentence.end, following.start - sentence.end + 1)) return true;
    if (startsWithName(model, following.firstWord, endOfLine(model, following.firstWord, following.endWord))) return true;
  }
  return endsWithNameLine(model);
}

// The index just past the last word on the line of word `from` (a signature's name ends its line).
function endOfLine(model: TextModel, from: number, limit: number): number {
  let index = from + 1;
  while (index < limit && !hasLineFeed(model.text, model.wordEnds[index - 1] ?? 0, model.wordStarts[index] ?? 0)) index++;
  return index;
}

// Lower-case parts of surnames: "van der Berg", "da Silva", "bin Salleh", "ter Horst".
const NAME_PARTICLES = new Set([
  'de', 'da', 'das', 'do', 'dos', 'di', 'du', 'des', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'ten', 'zu', 'al', 'el',
  'bin', 'binti', 'bint', 'ibn', 'ben', 'le', 'la', 'lo', 'af', 'av', 'y',
]);

// A line that opens with one to six name words (particles included), alone or followed by punctuation such as
// "Tom Becker | Mobile: ..." or "Ana Silva, Data Analyst".
function startsWithName(model: TextModel, from: number, lineEnd: number): boolean {
  if (!isNameWord(model, from)) return false;
  let index = from + 1;
  while (index < lineEnd && index - from < 6 && (isNameWord(model, index) || NAME_PARTICLES.has(wordAt(model, index)))) {
    const gapStart = model.wordEnds[index - 1] ?? 0;
    const gapEnd = model.wordStarts[index] ?? 0;
    // /^[^\S\n]+$/u: at least one space, and no line break.
    if (gapEnd <= gapStart || !isSpacesOnly(model.text, gapStart, gapEnd)) break;
    index++;
  }
  if (index === lineEnd) return true;
  return hasNonSpace(model.text, model.wordEnds[index - 1] ?? 0, model.wordStarts[index] ?? 0);
}

// A signature without a closing word: a line near the end that holds only a name ("...\nAna
// Silva\n020 7946 0321"), or a last sentence that is just a name ("I am still keen. Kwame").
function endsWithNameLine(model: TextModel): boolean {
  const { sentences } = model;
  if (sentences.length < 2) return false;
  for (let s = sentences.length - 1; s >= 1 && s >= sentences.length - 4; s--) {
    const sentence = sentences[s] as Sentence;
    const lineEnd = endOfLine(model, sentence.firstWord, sentence.endWord);
    const before = model.text.slice(Math.max(0, sentence.start - 8), sentence.start);
    if (/\n[^\S\n]*(?:[-\u2013\u2014~][^\S\n]*)?$/u.test(before) && startsWithName(model, sentence.firstWord, lineEnd)) {
      return true;
    }
    const lastWords = s === sentences.length - 1 && lineEnd === sentence.endWord && lineEnd - sentence.firstWord <= 3;
    if (lastWords && /[.!?][^\S\n]*$/u.test(before) && isAllNames(model, sentence.firstWord, lineEnd)) return true;
  }
  return false;
}

function isAllNames(model: TextModel, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (!isNameWord(model, index) && !NAME_PARTICLES.has(wordAt(model, index))) return false;
  return true;
}

// Nouns that name a job; the words before them ("the Data Analyst role") say which one.
const ROLE_NOUNS = new Set([
  'role', 'roles', 'position', 'job', 'post', 'vacancy', 'opening', 'opportunity', 'interview', 'internship', 'placement',
  'apprenticeship', 'posting', 'title',
]);
const GENERIC_MODIFIERS = new Set([
  'open', 'opened', 'same', 'new', 'current', 'available', 'advertised', 'vacant', 'exciting', 'great', 'wonderful',
  'fantastic', 'amazing', 'interesting', 'potential', 'upcoming', 'recent', 'last', 'final', 'first', 'second', 'third',
  'next', 'earlier', 'previous', 'full-time', 'part-time', 'permanent', 'temporary', 'contract', 'remote', 'hybrid',
  'onsite', 'on-site', 'in-person', 'phone', 'video', 'virtual', 'online', 'telephone', 'follow-up', 'job', 'one', 'dream',
  'ideal', 'right', 'perfect', 'particular', 'specific', 'said', 'above', 'mentioned', 'exact', 'whole', 'entire', 'lovely',
  'brief', 'quick', 'short', 'long', 'technical', 'panel', 'initial', 'formal', 'informal', 'face-to-face', 'personal',
  'good', 'nice', 'fun', 'enjoyable', 'productive', 'insightful', 'helpful', 'positive', 'excellent', 'little', 'big',
  'real', 'actual', 'such', 'other', 'another', 'both', 'two', 'three', 'recent', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'today', 'yesterday', 'morning', 'afternoon', 'very', 'really',
  'wonderful', 'pleasant', 'thorough', 'detailed', 'job-interview', 'in-depth', 'follow', 'up', 'role', 'position',
  'interview', 'subject', 're', 'fwd', 'thank', 'you', 'thanks', 'regarding', 'about', 'following', 'my', 'your', 'our',
  'exciting', 'open-ended', 'group', 'stage', 'round', 'screening', 'hr', 'competency', 'online', 'assessment',
]);
const MODIFIER_STOPS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'your', 'our', 'my', 'its', 'their', 'his', 'her', 'for', 'about',
  'regarding', 'of', 'on', 'in', 'to', 'with', 'as', 'at', 'from', 'and', 'or', 'by', 'is', 'was', 'i', 'we', 'you',
  'after', 'since', 'into', 'during', 'since', 'such',
]);

const ROLE_NOUN = indexedPattern(
  /\b(?:roles?|position|job|post|vacancy|opening|opportunity|interview|internship|placement|apprenticeship|posting|title)\b/g,
);
// "interviewed for Senior Data Analyst", "as a Data Analyst".
const TITLE_LEAD = indexedPattern(
  /\b(?:(?:interviewed|interviewing|applied|applying|interview|considered|shortlisted|spoke|met|meeting)\s+for|as)\b/g,
);

/**
 * True when the writer names the role they interviewed for: "the Data Analyst role", "[Job Title]".
 *
 * @example
 * ```ts
 * namesRole(buildTextModel('Thanks for the Data Analyst interview.'));
 * //=> true
 * ```
 */
export function namesRole(model: TextModel): boolean {
  if (model.placeholders.some((p) => /\b(?:role|position|job|title|vacancy|post)\b/u.test(p.label))) return true;
  const named = scanLower(model, ROLE_NOUN, (hit) => {
    const index = lastAtOrBefore(model.wordStarts, hit.index);
    if (model.wordStarts[index] !== hit.index || model.wordEnds[index] !== hit.index + hit[0].length) return false;
    return hasSpecificModifier(model, index) || isFollowedByTitle(model, index);
  });
  return (
    named ||
    scanLower(model, TITLE_LEAD, (hit) => {
      const end = hit.index + hit[0].length;
      const index = lastAtOrBefore(model.wordStarts, end - 1);
      return model.wordEnds[index] === end && isFollowedByTitle(model, index, hit[0] === 'as');
    })
  );
}

function hasSpecificModifier(model: TextModel, nounIndex: number): boolean {
  let boundary = model.wordStarts[nounIndex] ?? 0;
  for (let index = nounIndex - 1; index >= 0 && index >= nounIndex - 5; index--) {
    const end = model.wordEnds[index] ?? 0;
    // Words of a title may be joined by hyphens, slashes or an abbreviation in brackets: "Site
    // Reliability Engineer (SRE) role", "UX/UI Designer role".
    if (!/^[\s\-–/&()]*$/u.test(model.text.slice(end, boundary))) return false;
    const word = wordAt(model, index);
    if (MODIFIER_STOPS.has(word) || word.endsWith("'s")) return false;
    if (!GENERIC_MODIFIERS.has(word) && !/^\d/u.test(word)) return true;
    boundary = model.wordStarts[index] ?? 0;
  }
  return false;
}

// "the position of Data Analyst", "interviewed for Senior Data Analyst", "as a Data Analyst".
function isFollowedByTitle(model: TextModel, index: number, needsCapital = false): boolean {
  let next = index + 1;
  const joiner = wordAt(model, next);
  if (ROLE_NOUNS.has(wordAt(model, index)) && joiner !== 'of' && joiner !== 'as' && joiner !== 'title') return false;
  if (ROLE_NOUNS.has(wordAt(model, index))) next++;
  if (/^(?:a|an|the|your|our)$/u.test(wordAt(model, next))) next++;
  if (next >= model.wordStarts.length) return false;
  if (!adjacent(model, model.wordEnds[next - 1] ?? 0, model.wordStarts[next] ?? 0)) return false;
  const word = wordAt(model, next);
  if (GENERIC_MODIFIERS.has(word) || MODIFIER_STOPS.has(word) || ROLE_NOUNS.has(word) || NOT_A_NAME.has(word)) {
    return false;
  }
  return !needsCapital || isCapitalised(model, next);
}

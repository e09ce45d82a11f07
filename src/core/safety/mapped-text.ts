/**
 * A text derived from an original string that remembers, for each UTF-16 unit, which range of the
 * original it came from; detection runs on the derived text, masking happens on the original.
 */
export interface MappedText {
  readonly text: string;
  /** `start[i]`: where the source of `text[i]` starts in the original. */
  readonly start: readonly number[];
  /** `end[i]`: where it ends (exclusive) in the original. */
  readonly end: readonly number[];
}

/** Replace `source.text.slice(start, end)` with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * The original text, each unit mapped to itself.
 *
 * @example
 * mappedText('ab') // { text: 'ab', start: [0, 1], end: [1, 2] }
 */
export function mappedText(text: string): MappedText {
  const start: number[] = new Array(text.length);
  const end: number[] = new Array(text.length);
  for (let i = 0; i < text.length; i += 1) {
    start[i] = i;
    end[i] = i + 1;
  }
  return { text, start, end };
}

/**
 * Applies edits (sorted by `start`; an edit overlapping an earlier one is skipped). A replacement of
 * the same length maps unit by unit, so folding "ｋ" to "k" keeps each letter's place; any other
 * replacement maps each new unit to the whole replaced range; a deletion leaves no trace.
 *
 * @example
 * applyEdits(mappedText('0 4 0'), [{ start: 1, end: 2, text: '' }, { start: 3, end: 4, text: '' }]).text
 * // '040'
 */
export function applyEdits(source: MappedText, edits: readonly TextEdit[]): MappedText {
  if (edits.length === 0) return source;
  const parts: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const length = source.text.length;
  const copy = (from: number, to: number) => {
    if (to <= from) return;
    parts.push(source.text.slice(from, to));
    for (let i = from; i < to; i += 1) {
      start.push(source.start[i] ?? 0);
      end.push(source.end[i] ?? 0);
    }
  };
  let cursor = 0;
  for (const edit of edits) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > length) continue;
    copy(cursor, edit.start);
    const replaced = edit.end - edit.start;
    if (edit.text.length > 0) {
      parts.push(edit.text);
      if (edit.text.length === replaced) {
        for (let i = edit.start; i < edit.end; i += 1) {
          start.push(source.start[i] ?? 0);
          end.push(source.end[i] ?? 0);
        }
      } else {
        const from =
          replaced > 0 ? (source.start[edit.start] ?? 0) : (source.start[edit.start] ?? lastEnd(source));
        const to = replaced > 0 ? (source.end[edit.end - 1] ?? from) : from;
        for (let i = 0; i < edit.text.length; i += 1) {
          start.push(from);
          end.push(to);
        }
      }
    }
    cursor = edit.end;
  }
  copy(cursor, length);
  return { text: parts.join(''), start, end };
}

function lastEnd(source: MappedText): number {
  return source.end[source.end.length - 1] ?? 0;
}

/**
 * Applies `replace` to every match of a global `pattern`; `undefined` keeps the match as it is.
 *
 * @example
 * rewriteMatches(mappedText('a[.]b'), /\[\.\]/g, () => '.').text // 'a.b'
 */
export function rewriteMatches(
  source: MappedText,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => string | undefined,
): MappedText {
  const edits: TextEdit[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(source.text); match !== null; match = pattern.exec(source.text)) {
    if (match[0].length === 0) {
      pattern.lastIndex += 1;
      continue;
    }
    const text = replace(match);
    if (text !== undefined && text !== match[0]) {
      edits.push({ start: match.index, end: match.index + match[0].length, text });
    }
  }
  return applyEdits(source, edits);
}

/**
 * The range of the original text that units `[from, to)` of the mapped text came from.
 *
 * @example
 * originalRange(applyEdits(mappedText('a  b'), [{ start: 1, end: 3, text: '' }]), 0, 2) // [0, 4]
 */
export function originalRange(mapped: MappedText, from: number, to: number): [number, number] {
  const first = mapped.start[from] ?? 0;
  const last = mapped.end[Math.max(from, to - 1)] ?? first;
  return [Math.min(first, last), Math.max(first, last)];
}

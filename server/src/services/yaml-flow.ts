/**
 * The completion context inside a flow collection on one line (`population: [risk-families, `,
 * `ageMonths: { min: 6, `): which list or mapping the cursor is in, and what it already holds.
 */
import type { Base, CompletionContext, Role } from './path-at';
import type { Segment } from './schema-nav';
import { skipSpaces, stripComment, unquote, wordEnd } from './yaml-lines';

interface Frame {
  readonly open: '[' | '{';
  readonly segment: Segment | undefined;
  tokenStart: number;
  key: string | undefined;
  index: number;
  readonly items: string[];
}

interface AtCursor {
  readonly frames: readonly Frame[];
  readonly frame: Frame;
  readonly tokenStart: number;
  readonly key: string | undefined;
}

/** Reads a flow collection on one line from its opening bracket; the context at the cursor in it. */
export function flowContext(text: string, open: number, at: number, lineEnd: number, path: Segment[], base: Base): CompletionContext | undefined {
  const stack: Frame[] = [];
  let cursor: AtCursor | undefined;
  const finish = (frame: Frame, end: number): void => {
    const token = unquote(stripComment(text.slice(frame.tokenStart, end)));
    const atCursor = cursor?.frame === frame && cursor.tokenStart === frame.tokenStart;
    if (token.length > 0 && !atCursor) frame.items.push(frame.open === '{' ? (frame.key ?? token) : token);
  };
  for (let i = open; i <= lineEnd; i++) {
    const top = stack[stack.length - 1];
    if (i === at && top && !cursor) cursor = { frames: [...stack], frame: top, tokenStart: top.tokenStart, key: top.key };
    if (i === lineEnd) break;
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < lineEnd && text[j] !== ch) j += ch === '"' && text[j] === '\\' ? 2 : 1;
      if (at > i && at <= j) return undefined;
      i = j;
    } else if (ch === '[' || ch === '{') {
      const segment = top ? (top.open === '[' ? top.index : (top.key ?? '')) : undefined;
      stack.push({ open: ch, segment, tokenStart: i + 1, key: undefined, index: 0, items: [] });
    } else if (ch === ',' && top) {
      finish(top, i);
      top.tokenStart = i + 1;
      top.key = undefined;
      top.index++;
    } else if (ch === ':' && top?.open === '{' && top.key === undefined && /[\s,}]/.test(text[i + 1] ?? ' ')) {
      top.key = unquote(text.slice(top.tokenStart, i));
    } else if ((ch === ']' || ch === '}') && top) {
      finish(top, i);
      stack.pop();
      if (stack.length === 0) break;
    } else if (ch === '#' && /\s/.test(text[i - 1] ?? '')) {
      break;
    }
  }
  for (const frame of stack) finish(frame, lineEnd);
  if (!cursor) return undefined;
  const framePath = [...path, ...cursor.frames.slice(1).map((f) => f.segment ?? '')];
  let start = cursor.tokenStart;
  if (cursor.key !== undefined) start = text.indexOf(':', start) + 1;
  start = skipSpaces(text, start, at);
  if (/["']/.test(text[start] ?? '') && start < at) start++;
  const end = Math.max(at, wordEnd(text, at, lineEnd));
  const kind: Role = cursor.frame.open === '[' ? 'item' : cursor.key !== undefined ? 'value' : 'key';
  return {
    ...base,
    kind,
    path: kind === 'value' ? [...framePath, cursor.key ?? ''] : framePath,
    prefix: text.slice(start, at),
    replace: { start, end },
    present: kind === 'value' ? [] : cursor.frame.items,
    flow: true,
    dash: false,
    column: start - (text.lastIndexOf('\n', start - 1) + 1),
    keyFollows: kind === 'key' && /^\s*:/.test(text.slice(end, lineEnd)),
    needsSpace: false,
  };
}

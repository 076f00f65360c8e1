// nodeStates.ts: what the story model keeps that plain Lexical nodes do not, as Lexical node
// state (serialised with the node, copied when a text node splits, compared when two merge):
// a paragraph's stable id and style, and a text node's character style. An unset value is ''.
import { createState } from 'lexical';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The model paragraph's id; '' on a paragraph Lexical just made (registerStoryNodes fills it). */
export const paragraphIdState = createState('galleyParagraphId', { parse: text });

/** The paragraph style id (ParagraphStyleIds …); '' reads as 正文. */
export const paragraphStyleState = createState('galleyParagraphStyle', { parse: text });

/** The character style id (CharacterStyleIds …); '' is none. */
export const charStyleState = createState('galleyCharStyle', { parse: text });

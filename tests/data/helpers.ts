// Shared by the data tests: the valid fixture dataset and a way to break it with one text edit.
import { fileURLToPath } from 'node:url';
import { readDataDir } from '../../src/lib/data/load';
import type { DataFileName } from '../../src/lib/data/schema';

export const validDir = fileURLToPath(new URL('../fixtures/valid', import.meta.url));
export const brokenDir = fileURLToPath(new URL('../fixtures/broken', import.meta.url));
export const realDir = fileURLToPath(new URL('../../data', import.meta.url));

export type Texts = Record<DataFileName, string>;
export const validTexts = () => readDataDir(validDir) as Texts;

/** Replaces the `nth` occurrence (1-based) of `find`; throws if it is not there, so no case passes by accident. */
export function replaceNth(text: string, find: string, replace: string, nth = 1): string {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(find, at + 1);
    if (at < 0) throw new Error(`fixture edit: ${JSON.stringify(find)} (#${nth}) not found`);
  }
  return text.slice(0, at) + replace + text.slice(at + find.length);
}

/** Line and column (1-based) of the `nth` occurrence of `snippet`, plus `shift` characters. */
export function positionOf(text: string, snippet: string, nth = 1, shift = 0) {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(snippet, at + 1);
    if (at < 0) throw new Error(`expected position: ${JSON.stringify(snippet)} (#${nth}) not found`);
  }
  const before = text.slice(0, at + shift).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** One editor mistake: a text edit of the valid fixture, and where and how the check must refuse it. */
export interface Case {
  name: string;
  file: DataFileName;
  /** Text to find (first occurrence unless `nth`) and what to put instead. */
  find: string;
  replace: string;
  nth?: number;
  /** Where the error must point: a snippet of the edited file (first occurrence unless `atNth`). */
  at: string;
  atNth?: number;
  /** Characters into the snippet, when the error points inside it. */
  shift?: number;
  pointer: string;
  message: RegExp;
  /** Errors expected in all (default 1): a few mistakes are reported twice, from two sides. */
  count?: number;
}

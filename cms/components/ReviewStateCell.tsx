'use client';
import type { DefaultCellComponentProps } from 'payload';
import { reviewWords } from '@cms/lib/reviewWords';

/**
 * The review column on every co-written collection's list, in plain words: a submitted
 * document reads "In review", not "Draft" like an abandoned one.
 */
export function ReviewStateCell({ cellData }: DefaultCellComponentProps) {
  return <span>{reviewWords(cellData)}</span>;
}

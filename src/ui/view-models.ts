/** Shapes the history and trends pages display, computed by operations.ts. */
import type { Attempt } from '../exam/attempt.ts';

export interface HistoryRow {
  attempt: Attempt;
  scaled?: number;
  passed?: boolean;
  correct: number;
  total: number;
}

export interface TrendPoint {
  id: string;
  startedAt: number;
  scaled: number;
  passed: boolean;
  raw: number;
  cut: number;
  scoredCount: number;
  domains: { id: number; percent: number }[];
}

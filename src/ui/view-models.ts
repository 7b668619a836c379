/** Shapes the trends page displays, computed by operations.ts from cached grades. */

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

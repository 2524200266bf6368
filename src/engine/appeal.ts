// Appeal: how much each role draws a person, apart from the lean. Only one-sided statements count,
// each toward the role it speaks for: agreeing raises that role's appeal, disagreeing lowers it,
// and the other role's appeal is untouched. Scenarios (choosing one side) never count here:
// preferring B to A is not rejecting A.
import type { Pole } from './bands.ts';
import type { PreparedBank, PreparedOption } from './prepare.ts';

/** 0 to 100 per role; 50 = no preference, 0 = strongly disagreed with all its statements. */
export interface Appeal {
  readonly em: number;
  readonly le: number;
}

/** The same within one area; null where the bank has no statement for that role there. */
export interface AreaAppeal {
  readonly em: number | null;
  readonly le: number | null;
}

/** "Disagree" on average: a role's appeal at or below this is a rejection. */
export const DISAGREE_APPEAL = 25;

const toScale = (sum: number, count: number): number => 50 + (50 * sum) / count;

/**
 * Mean agreement with each role's statements, unanswered ones counting as "not sure", on a
 * 0-100 scale: strongly agree 100, agree 75, not sure 50, disagree 25, strongly disagree 0.
 */
export function appealOf(prepared: PreparedBank, chosen: readonly (PreparedOption | undefined)[]) {
  const sum: Record<Pole, number> = { em: 0, le: 0 };
  const areaSum = prepared.dimensions.map(() => ({ em: 0, le: 0 }));
  const areaCount = prepared.dimensions.map(() => ({ em: 0, le: 0 }));
  for (const q of prepared.ordered) {
    if (!q.statement) continue;
    const { role, dimensions } = q.statement;
    const agreement = chosen[q.index]?.agreement ?? 0;
    sum[role] += agreement;
    for (const d of dimensions) {
      const s = areaSum[d];
      const c = areaCount[d];
      if (s && c) {
        s[role] += agreement;
        c[role] += 1;
      }
    }
  }
  const { em, le } = prepared.statementCount;
  const appeal: Appeal = { em: em > 0 ? toScale(sum.em, em) : 50, le: le > 0 ? toScale(sum.le, le) : 50 };
  const byArea: AreaAppeal[] = areaSum.map((s, d) => {
    const c = areaCount[d] ?? { em: 0, le: 0 };
    return { em: c.em > 0 ? toScale(s.em, c.em) : null, le: c.le > 0 ? toScale(s.le, c.le) : null };
  });
  return { appeal, byArea };
}

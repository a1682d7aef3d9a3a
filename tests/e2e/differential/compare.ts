/** Comparing two runs of one case: in-order indices as a sequence, async ones as a set. */
import { isAsync, type Script } from './kinds';

export interface Split {
  /** Indices of non-async scripts, in the order they ran. */
  ordered: number[];
  /** Indices of async scripts, sorted. */
  async: number[];
}

export function split(order: readonly number[], list: readonly Script[]): Split {
  return {
    ordered: order.filter((i) => !isAsync(list[i]!.kind)),
    async: order.filter((i) => isAsync(list[i]!.kind)).sort((a, b) => a - b),
  };
}

const sameList = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** null when the gated run matches the oracle, else what differs. */
export function difference(oracle: readonly number[], gated: readonly number[], list: readonly Script[]): string | null {
  const want = split(oracle, list);
  const got = split(gated, list);
  const lines: string[] = [];
  if (!sameList(want.ordered, got.ordered)) lines.push(`in-order scripts: browser ran [${want.ordered}], gated and granted ran [${got.ordered}]`);
  if (!sameList(want.async, got.async)) lines.push(`async scripts (as a set): browser ran {${want.async}}, gated and granted ran {${got.async}}`);
  return lines.length ? lines.join('\n') : null;
}

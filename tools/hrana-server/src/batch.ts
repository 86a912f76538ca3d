import { HranaError, type ProtoBatch, type ProtoBatchCond, type ProtoBatchResult } from './proto.ts';
import { type ExecutionContext, executeStatement, toProtoError } from './statement.ts';

type StepOutcome = 'ok' | 'error' | 'skipped';

/**
 * A condition on earlier steps. A step not run yet, or skipped, is neither ok nor error, which
 * is how a client makes a whole batch atomic: BEGIN, each step on `ok` of the previous one,
 * COMMIT on the last, ROLLBACK on `not ok` of the COMMIT.
 */
export function evaluateCondition({
  cond,
  outcomes,
  isAutocommit,
}: {
  cond: ProtoBatchCond;
  outcomes: StepOutcome[];
  isAutocommit: () => boolean;
}): boolean {
  const evaluate = (inner: ProtoBatchCond) => evaluateCondition({ cond: inner, outcomes, isAutocommit });
  switch (cond.type) {
    case 'ok':
      return outcomes[cond.step] === 'ok';
    case 'error':
      return outcomes[cond.step] === 'error';
    case 'not':
      return !evaluate(cond.cond);
    case 'and':
      return cond.conds.every(evaluate);
    case 'or':
      return cond.conds.some(evaluate);
    case 'is_autocommit':
      return isAutocommit();
    default:
      throw new HranaError({
        message: `Unknown batch condition: ${JSON.stringify((cond as { type?: unknown }).type)}`,
        code: 'PROTOCOL_ERROR',
      });
  }
}

export async function executeBatch({
  context,
  batch,
}: {
  context: ExecutionContext;
  batch: ProtoBatch;
}): Promise<ProtoBatchResult> {
  if (!Array.isArray(batch?.steps)) {
    throw new HranaError({ message: 'A batch needs an array of steps', code: 'PROTOCOL_ERROR' });
  }
  const outcomes: StepOutcome[] = [];
  const result: ProtoBatchResult = { step_results: [], step_errors: [] };
  const isAutocommit = () => !context.db.inTransaction;
  for (const step of batch.steps) {
    const runs =
      step.condition === undefined ||
      step.condition === null ||
      evaluateCondition({ cond: step.condition, outcomes, isAutocommit });
    if (!runs) {
      outcomes.push('skipped');
      result.step_results.push(null);
      result.step_errors.push(null);
      continue;
    }
    try {
      result.step_results.push(await executeStatement({ context, stmt: step.stmt }));
      result.step_errors.push(null);
      outcomes.push('ok');
    } catch (error) {
      result.step_results.push(null);
      result.step_errors.push(toProtoError({ error }));
      outcomes.push('error');
    }
  }
  return result;
}

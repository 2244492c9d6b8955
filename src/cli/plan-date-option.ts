// The `--today YYYY-MM-DD` option of `certtree next` and `certtree render`: the plan date, today when absent.
import { isIsoDate } from '../language/cert-facts.js';

/** The plan date given, undefined when none was given, null (after saying so) when it is not a calendar day. */
export function readPlanDate(command: string, value: string | undefined, err: (line: string) => void): string | undefined | null {
    if (value === undefined) return undefined;
    if (isIsoDate(value)) return value;
    err(`certtree ${command}: --today must be a calendar day written YYYY-MM-DD, such as 2026-12-03, not '${value}'.`);
    return null;
}

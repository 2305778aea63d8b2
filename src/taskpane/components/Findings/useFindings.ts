import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { localizeFindings, type Finding, type Severity } from '../../../core';
import { usePane } from '../../PaneContext';
import { useOperation } from '../common/useOperation';
import { useT } from '../../i18n';
import { useCoreT } from '../../useCoreT';
import { groupFindings, searchText, SEVERITIES } from './findingGroups';

/** The owner filter's value for "every owner" (no owner at all is ''). */
export const ALL_OWNERS = '\u0000all';

/** State of the Findings view: the last validation, the filter, and selecting a finding's cell. */
export function useFindings() {
  const { commands, registerRevision, moves, checked } = usePane();
  const validate = useOperation((_: void, options) => commands.validate(options));
  // A finding of one of several registers carries its sheet: it is selected there.
  const goTo = useOperation((f: Pick<Finding, 'row' | 'column'> & { sheet?: string }) =>
    commands.goToFinding({ row: f.row, column: f.column, ...(f.sheet ? { sheet: f.sheet } : {}) }),
  );
  const [text, setText] = useState('');
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  const [checkedRevision, setCheckedRevision] = useState(registerRevision);
  // Typing stays responsive on 10,000 findings: the list catches up when React has time.
  const deferredText = useDeferredValue(text);
  const result = validate.value;

  const [owner, setOwner] = useState(ALL_OWNERS);
  // The owner of each finding's action (from the check's row facts), and the owners to choose from.
  const ownerOf = useCallback(
    // Undefined for findings about no action (the header row, the whole register).
    (f: Finding) => (f.row === null ? undefined : result?.health?.rows[f.row]?.owner),
    [result],
  );
  const owners = useMemo(
    () =>
      result?.health
        ? [...new Set(Object.values(result.health.rows).map((r) => r.owner))].sort((a, b) =>
            a.localeCompare(b),
          )
        : [],
    [result],
  );
  // Each finding's message in the pane's language (the same findings, codes and places).
  const core = useCoreT();
  const findings = useMemo(
    () => (result ? localizeFindings(result.findings, core) : undefined),
    [result, core],
  );
  const byOwner = useMemo(
    () => (findings && owner !== ALL_OWNERS ? findings.filter((f) => ownerOf(f) === owner) : findings),
    [findings, owner, ownerOf],
  );
  const t = useT();
  const texts = useMemo(() => byOwner?.map((f) => searchText(f, t)), [byOwner, t]);
  const grouped = useMemo(
    () => (byOwner ? groupFindings(byOwner, { text: deferredText, severities }, texts) : undefined),
    [byOwner, deferredText, severities, texts],
  );

  const { run: runCheck } = validate;
  const { reconcile } = moves;
  // After each check the status column is compared too, so changes the watcher missed are listed.
  const runValidate = useCallback(async () => {
    const outcome = await runCheck();
    if (!outcome?.ok) return;
    checked(outcome.value);
    reconcile();
  }, [runCheck, reconcile, checked]);
  const run = useCallback(() => {
    setCheckedRevision(registerRevision);
    void runValidate();
  }, [registerRevision, runValidate]);

  // The view opens on a fresh check: that is what the user came for.
  useEffect(() => {
    void runValidate();
  }, [runValidate]);

  const toggleSeverity = useCallback(
    (s: Severity) =>
      setSeverities((current) => {
        const next = new Set(current);
        if (next.has(s)) next.delete(s);
        else next.add(s);
        return next;
      }),
    [],
  );

  const { run: runGoTo } = goTo;
  const activate = useCallback((f: Finding) => void runGoTo(f), [runGoTo]);

  return {
    validate,
    goTo,
    result,
    grouped,
    text,
    setText,
    owner,
    owners,
    setOwner,
    severities,
    toggleSeverity,
    run,
    activate,
    stale: result !== undefined && checkedRevision !== registerRevision,
  };
}

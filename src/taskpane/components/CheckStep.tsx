import * as React from "react";
import {
  Badge,
  Button,
  Caption1,
  Field,
  Select,
  Subtitle1,
  Subtitle2,
  Text,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { findingName, groupByCause, type CauseGroup, type Finding, type Severity } from "../../domain";
import type { PaneResult } from "../engine";
import { AUTOFOCUS } from "../focusInView";
import { AnnualSummary } from "./AnnualSummary";
import { findingElementId } from "./focusTargets";
import { Overview } from "./Overview";
import type { Strings } from "../i18n";

export interface CheckStepProps {
  strings: Strings;
  result: PaneResult | null;
  /** True once a check (not only a scan) produced `result`. */
  checked: boolean;
  busy: boolean;
  onCheck: () => void;
  onSelect: (finding: Finding) => void;
  /** Selects a cell the summary of the annual report points at (an overspent programme's actual). */
  onSelectCell: (sheet: string, cell: string) => void;
  onAccept: (finding: Finding, reason: string) => void;
  onUnaccept: (finding: Finding) => void;
}

/** Mistakes (a root and its consequences) shown per group before "show more": thousands at once would block the pane. */
export const PAGE_SIZE = 50;

const SEVERITIES: Severity[] = ["error", "warning", "info"];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  verdict: {
    margin: 0,
    wordBreak: "break-word",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.spacingHorizontalXXS,
    },
  },
  legend: { color: tokens.colorNeutralForeground2 },
  summary: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  filters: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
  },
  filter: { minWidth: 0 },
  select: { minWidth: 0, maxWidth: "100%" },
  selectElement: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorderActive },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  accepted: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  findingButton: {
    justifyContent: "flex-start",
    textAlign: "start",
    height: "auto",
    // A finding is a touch target too (Excel on iPad).
    minHeight: "40px",
    minWidth: 0,
    paddingInline: tokens.spacingHorizontalXS,
    paddingBlock: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
  },
  findingText: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    wordBreak: "break-word",
  },
  where: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  rowName: { fontWeight: tokens.fontWeightSemibold },
  consequences: {
    listStyleType: "none",
    margin: 0,
    marginTop: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  consequencesLabel: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  acceptForm: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function findingKey(f: Finding): string {
  return `${f.rule}|${f.sheet}|${f.cell}|${f.column ?? ""}`;
}

/** Step 2: findings grouped by severity, filterable, each one a link to its cell and acceptable with a reason. */
export function CheckStep(props: CheckStepProps) {
  const styles = useStyles();
  const s = props.strings;
  const [sheet, setSheet] = React.useState("");
  const [rule, setRule] = React.useState("");

  if (!props.result || !props.checked) {
    return (
      <div className={styles.root}>
        <Text italic>{s.checkEmpty}</Text>
        {props.result && (
          <div>
            <Button appearance="primary" size="large" onClick={props.onCheck} disabled={props.busy}>
              {s.checkButton}
            </Button>
          </div>
        )}
      </div>
    );
  }

  const { findings, summary } = props.result;
  const sheets = [...new Set(findings.map((f) => f.sheet))];
  const rules = [...new Set(findings.map((f) => f.rule))].sort();
  const shown = findings.filter((f) => (!sheet || f.sheet === sheet) && (!rule || f.rule === rule));
  const groups: { id: string; label: string; items: Finding[]; tone: Severity | "accepted" }[] = [
    ...SEVERITIES.map((sev) => ({
      id: sev,
      label: s.severity[sev],
      items: shown.filter((f) => !f.accepted && f.severity === sev),
      tone: sev,
    })),
    {
      id: "accepted",
      label: s.acceptedGroup,
      items: shown.filter((f) => f.accepted),
      tone: "accepted" as const,
    },
  ].filter((g) => g.items.length > 0);

  const lang = props.result.settings.language;
  const { overview } = props.result;
  return (
    <div className={styles.root}>
      {/* What a controller reads first; focused after Controleren, so a screen reader says it too. */}
      <Subtitle1 as="h2" className={styles.verdict} tabIndex={-1} {...{ [AUTOFOCUS]: "" }}>
        {props.result.verdict}
      </Subtitle1>
      <div>
        <Button onClick={props.onCheck} disabled={props.busy}>
          {s.recheckButton}
        </Button>
      </div>
      <section aria-label={s.summaryLabel} className={styles.summary}>
        <Badge appearance={summary.errors > 0 ? "filled" : "outline"} color="danger">
          {s.countErrors(summary.errors)}
        </Badge>
        <Badge appearance={summary.warnings > 0 ? "filled" : "outline"} color="warning">
          {s.countWarnings(summary.warnings)}
        </Badge>
        <Badge appearance="tint" color="informative">
          {s.countInfos(summary.infos)}
        </Badge>
        <Badge appearance="tint" color="success">
          {s.countAccepted(summary.accepted)}
        </Badge>
      </section>
      <Overview
        strings={s}
        lang={lang}
        lines={overview.programmes}
        caption={s.overviewProgrammes}
        busy={props.busy}
        onSelectCell={props.onSelectCell}
      />
      <Overview
        strings={s}
        lang={lang}
        lines={overview.tables}
        caption={s.overviewTables}
        busy={props.busy}
        onSelectCell={props.onSelectCell}
      />
      <Caption1 className={styles.legend}>{s.overviewLegend}</Caption1>
      <AnnualSummary
        strings={s}
        annual={props.result.annual}
        lang={props.result.settings.language}
        busy={props.busy}
        onSelectCell={props.onSelectCell}
      />
      {findings.length === 0 ? (
        <Text>{s.noFindings}</Text>
      ) : (
        <>
          <div className={styles.filters}>
            <Field label={s.filterSheet} size="small" className={styles.filter}>
              <Select
                size="small"
                className={styles.select}
                select={{ className: styles.selectElement }}
                value={sheet}
                onChange={(_, d) => setSheet(d.value)}
              >
                <option value="">{s.filterAll}</option>
                {sheets.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={s.filterRule} size="small" className={styles.filter}>
              <Select
                size="small"
                className={styles.select}
                select={{ className: styles.selectElement }}
                value={rule}
                onChange={(_, d) => setRule(d.value)}
              >
                <option value="">{s.filterAll}</option>
                {rules.map((id) => (
                  <option key={id} value={id}>
                    {s.rule[id] ?? id}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          {groups.length === 0 && <Text italic>{s.filteredEmpty}</Text>}
          {groups.map((g) => (
            <FindingGroup
              key={g.id}
              {...props}
              label={g.label}
              items={g.items}
              tone={g.tone}
              styles={styles}
            />
          ))}
        </>
      )}
    </div>
  );
}

function FindingGroup(
  props: CheckStepProps & {
    label: string;
    items: Finding[];
    tone: Severity | "accepted";
    styles: ReturnType<typeof useStyles>;
  },
) {
  const { styles, strings: s } = props;
  const [limit, setLimit] = React.useState(PAGE_SIZE);
  const headingId = React.useId();
  // One mistake, one card: a root finding with the findings that follow from it under it.
  const causes = React.useMemo(() => groupByCause(props.items), [props.items]);
  const rest = causes.length - limit;
  return (
    <section aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} block tabIndex={-1}>
        {s.groupHeading(props.label, props.items.length)}
      </Subtitle2>
      <ul className={styles.list}>
        {causes.slice(0, limit).map((group) => (
          <FindingItem key={findingKey(group.root)} {...props} finding={group.root} group={group} />
        ))}
      </ul>
      {rest > 0 && (
        <Button appearance="subtle" onClick={() => setLimit(limit + PAGE_SIZE)}>
          {s.showMore(Math.min(rest, PAGE_SIZE))}
        </Button>
      )}
    </section>
  );
}

function FindingItem(
  props: CheckStepProps & {
    finding: Finding;
    /** The finding's consequences, where it is the root of some. */
    group?: CauseGroup;
    tone: Severity | "accepted";
    styles: ReturnType<typeof useStyles>;
  },
) {
  const { styles, strings: s, finding: f } = props;
  const [accepting, setAccepting] = React.useState(false);
  // Annuleren takes the form away, and with it the focus: it goes back to Accepteren.
  const acceptButton = React.useRef<HTMLButtonElement>(null);
  const [backToAccept, setBackToAccept] = React.useState(false);
  React.useEffect(() => {
    if (!backToAccept || accepting) return;
    setBackToAccept(false);
    acceptButton.current?.focus();
  }, [backToAccept, accepting]);
  const [reason, setReason] = React.useState("");
  const [invalid, setInvalid] = React.useState(false);
  const where = `${f.sheet}!${f.cell}`;
  const name = findingName(f);
  const consequences = props.group?.consequences ?? [];
  const consequencesId = React.useId();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setInvalid(true);
      return;
    }
    setAccepting(false);
    props.onAccept(f, reason.trim());
  };
  return (
    <li className={mergeClasses(styles.item, styles[props.tone])}>
      <Button
        appearance="transparent"
        className={styles.findingButton}
        id={findingElementId(f)}
        onClick={() => props.onSelect(f)}
        title={s.goToCell(where)}
      >
        <span className={styles.findingText}>
          {name && <span className={styles.rowName}>{name}</span>}
          <span className={styles.where}>
            {where} · {s.rule[f.rule] ?? f.rule}
          </span>
          <span>{f.message}</span>
        </span>
      </Button>
      {f.accepted ? (
        <div className={styles.row}>
          <Text size={200}>{s.acceptedReason(f.accepted.reason)}</Text>
          <Button appearance="subtle" onClick={() => props.onUnaccept(f)} disabled={props.busy}>
            {s.unaccept}
          </Button>
        </div>
      ) : accepting ? (
        <form className={styles.acceptForm} onSubmit={submit} noValidate>
          <Field
            label={s.acceptReason}
            hint={s.acceptReasonHint}
            required
            validationMessage={invalid ? s.acceptReasonRequired : undefined}
            size="small"
          >
            <Textarea
              value={reason}
              autoFocus
              resize="vertical"
              onChange={(_, d) => {
                setReason(d.value);
                setInvalid(false);
              }}
            />
          </Field>
          <div className={styles.row}>
            <Button type="submit" appearance="primary" size="large" disabled={props.busy}>
              {s.acceptSave}
            </Button>
            <Button
              size="large"
              onClick={() => {
                setAccepting(false);
                setBackToAccept(true);
              }}
            >
              {s.cancel}
            </Button>
          </div>
        </form>
      ) : (
        <div className={styles.row}>
          <Button
            ref={acceptButton}
            appearance="subtle"
            onClick={() => setAccepting(true)}
            disabled={props.busy}
            aria-label={`${s.accept}: ${where}`}
          >
            {s.accept}
          </Button>
        </div>
      )}
      {consequences.length > 0 && (
        <>
          <Text id={consequencesId} className={styles.consequencesLabel}>
            {s.consequences(consequences.length)}
          </Text>
          <ul className={styles.consequences} aria-labelledby={consequencesId}>
            {consequences.map((c) => (
              <FindingItem key={findingKey(c)} {...props} finding={c} group={undefined} />
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { columnLetters, relationFormula, type TableKind, type TableOverride } from "../../domain";
import type { PaneResult, PaneTable } from "../engine";
import type { Strings } from "../i18n";
import { SCAN_HEADING_ID } from "../session";
import {
  OVERRIDE_ROLES,
  TABLE_KINDS,
  columnRole,
  tableColumnLetters,
  tableKind,
  type OverrideRole,
} from "../overrides";

export interface ScanStepProps {
  strings: Strings;
  result: PaneResult | null;
  /** The user's corrections, not yet applied by a check when `pending`. */
  overrides: TableOverride[];
  pending: boolean;
  busy: boolean;
  onScan: () => void;
  onCheck: () => void;
  onKindChange: (table: PaneTable, kind: TableKind) => void;
  onRoleChange: (table: PaneTable, letter: string, role: OverrideRole) => void;
}

/** Tables shown before "show more": each has a dropdown per column, and hundreds at once would block the pane. */
export const TABLES_PAGE = 10;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  table: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  columns: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    border: "none",
  },
  title: { wordBreak: "break-word" },
  relations: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
  },
});

/** The letters of a table's columns of figures that Stoplicht could not read. */
function unread(table: PaneTable): string[] {
  return table.columns.filter((c) => c.role === "unknown").map((c) => columnLetters(c.col));
}

/**
 * The relations between a table's columns that Stoplicht looked for: those its rows confirm are
 * checked, the others are listed as not checked, so that the user knows what was not.
 */
function Relations({ strings: s, table }: { strings: Strings; table: PaneTable }) {
  const styles = useStyles();
  if (table.relations.length === 0) return <Caption1>{s.noRelations}</Caption1>;
  return (
    <div>
      <Text as="h3" className={styles.legend} block>
        {s.relationsLegend}
      </Text>
      <ul className={styles.relations}>
        {table.relations.map((r, i) => (
          <li key={i}>
            <Caption1>
              {`${s.relationMeaning[r.meaning]}${s.relationKind(r.rowKind)}: ${relationFormula(r)} — `}
              {r.confirmed
                ? s.relationConfirmed(r.holding, r.tested)
                : s.relationUnconfirmed(r.holding, r.tested)}
            </Caption1>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Step 1: the tables found, with the kind of each table and the role of each column correctable. */
export function ScanStep(props: ScanStepProps) {
  const styles = useStyles();
  const s = props.strings;
  const settings = { tables: props.overrides };
  const tables = props.result?.tables ?? [];
  const [limit, setLimit] = React.useState(TABLES_PAGE);
  const rest = tables.length - limit;
  return (
    <div className={styles.root}>
      <Text>{s.scanIntro}</Text>
      <div className={styles.actions}>
        <Button
          appearance={props.result ? "secondary" : "primary"}
          size="large"
          onClick={props.onScan}
          disabled={props.busy}
        >
          {props.result ? s.rescanButton : s.scanButton}
        </Button>
        {props.result && tables.length > 0 && (
          <Button appearance="primary" size="large" onClick={props.onCheck} disabled={props.busy}>
            {s.checkButton}
          </Button>
        )}
      </div>
      {!props.result && <Text italic>{s.scanEmpty}</Text>}
      {props.result && tables.length === 0 && (
        <MessageBar intent="warning" layout="multiline" id={SCAN_HEADING_ID} tabIndex={-1}>
          <MessageBarBody>{s.scanNoTables}</MessageBarBody>
        </MessageBar>
      )}
      {props.pending && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{s.overridesPending}</MessageBarBody>
        </MessageBar>
      )}
      {tables.length > 0 && (
        <>
          <Subtitle2 as="h2" id={SCAN_HEADING_ID} tabIndex={-1}>
            {s.tablesFound(tables.length)}
          </Subtitle2>
          <ul className={styles.list}>
            {tables.slice(0, limit).map((table) => {
              const title = `${table.sheet}!${table.range}`;
              return (
                <li key={table.id} className={styles.table} aria-label={title}>
                  <Text weight="semibold" className={styles.title}>
                    {title}
                  </Text>
                  <Field label={s.tableKind} size="small">
                    <Select
                      size="small"
                      value={tableKind(settings, table)}
                      disabled={props.busy}
                      onChange={(_, d) => props.onKindChange(table, d.value as TableKind)}
                    >
                      {TABLE_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {s.kind[k]}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <fieldset className={styles.columns}>
                    <legend className={styles.legend}>{s.columnsLegend}</legend>
                    {tableColumnLetters(table).map((letter, i) => {
                      const header = table.columns.find((c) => c.col === table.firstCol + i)?.header ?? "";
                      return (
                        <Field key={letter} label={s.columnRole(letter, header)} size="small">
                          <Select
                            size="small"
                            value={columnRole(settings, table, letter)}
                            disabled={props.busy}
                            onChange={(_, d) => props.onRoleChange(table, letter, d.value as OverrideRole)}
                          >
                            {OVERRIDE_ROLES.map((r) => (
                              <option key={r} value={r}>
                                {s.role[r]}
                              </option>
                            ))}
                          </Select>
                        </Field>
                      );
                    })}
                  </fieldset>
                  <Relations strings={s} table={table} />
                  {unread(table).length > 0 && (
                    <MessageBar intent="warning" layout="multiline">
                      <MessageBarBody>{s.unreadColumns(unread(table).join(", "))}</MessageBarBody>
                    </MessageBar>
                  )}
                  {table.unconfirmedTotals.length > 0 && (
                    <MessageBar intent="info" layout="multiline">
                      <MessageBarBody>
                        {s.unconfirmedTotals(
                          table.unconfirmedTotals.map((cell) => `${table.sheet}!${cell}`).join(", "),
                        )}
                      </MessageBarBody>
                    </MessageBar>
                  )}
                  <Caption1>{s.tableRows(table.amountRows)}</Caption1>
                </li>
              );
            })}
          </ul>
          {rest > 0 && (
            <div>
              <Button appearance="subtle" onClick={() => setLimit(limit + TABLES_PAGE)}>
                {s.showMore(Math.min(rest, TABLES_PAGE))}
              </Button>
            </div>
          )}
          {props.pending && (
            <div className={styles.actions}>
              <Button appearance="primary" size="large" onClick={props.onCheck} disabled={props.busy}>
                {s.checkButton}
              </Button>
            </div>
          )}
        </>
      )}
    </div>
  );
}

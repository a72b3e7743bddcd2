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

/**
 * Tables shown before "show more": a line each, their dropdowns drawn only when a table is opened,
 * so a workbook's usual dozen fit one page; hundreds at once would still block the pane.
 */
export const TABLES_PAGE = 50;

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
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  line: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  lineText: { color: tokens.colorNeutralForeground2, wordBreak: "break-word" },
  open: { alignSelf: "flex-start" },
  details: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
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
            {tables.slice(0, limit).map((table) => (
              <TableLine
                key={table.id}
                {...props}
                table={table}
                name={nameOf(table, props.result)}
                kind={tableKind(settings, table)}
                settings={settings}
              />
            ))}
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

/** A table's name as the overview gives it (its title, or its programme), else its title or sheet. */
function nameOf(table: PaneTable, result: PaneResult | null): string {
  return result?.overview.tables.find((l) => l.tableId === table.id)?.name ?? table.title ?? table.sheet;
}

/**
 * The relations a table's rows confirmed, in words: "totaal = som", "verschil = begroting na
 * wijziging − rekening". A column is named by its role; in a table with a role twice, by role and
 * kind ("verschil saldo = verschil lasten + verschil baten"); where that still repeats, by its header.
 */
export function confirmedRelations(s: Strings, table: PaneTable): string[] {
  const words = new Set<string>();
  if (table.totalRows > 0) words.add(s.totalIsSum);
  const columnAt = (col: number) => table.columns.find((c) => c.col === col);
  const roleWord = (col: number) => {
    const column = columnAt(col);
    return column ? s.role[column.role as OverrideRole].toLowerCase() : columnLetters(col);
  };
  const kindWord = (col: number) => {
    const kind = columnAt(col)?.kind;
    return kind ? `${roleWord(col)} ${s.columnKindWord[kind]}` : roleWord(col);
  };
  const repeated = (list: string[]) => list.some((w, i) => list.indexOf(w) !== i);
  // Roles the table has twice (a budget's lasten and baten) are told apart by kind throughout.
  const figures = table.columns.filter((c) => c.role !== "label" && c.role !== "code" && c.role !== "note");
  const byRole = repeated(figures.map((c) => roleWord(c.col))) ? kindWord : roleWord;
  for (const r of table.relations) {
    if (!r.confirmed) continue;
    const cols = [r.target, ...r.terms.map((t) => t.col)];
    const word = !repeated(cols.map(byRole))
      ? byRole
      : (col: number) => columnAt(col)?.header || columnLetters(col);
    const terms =
      r.meaning === "percent"
        ? `${word(r.terms[0].col)} / ${word(r.terms[1].col)}`
        : r.terms
            .map((t, k) => `${k === 0 ? (t.sign < 0 ? "−" : "") : t.sign < 0 ? " − " : " + "}${word(t.col)}`)
            .join("");
    words.add(`${word(r.target)} = ${terms}${s.relationKind(r.rowKind)}`);
  }
  return [...words];
}

/**
 * One table on one line: its name, kind, rows and the relations its rows confirmed. Opened, it
 * shows the dropdowns to correct its kind and columns: the sample's dozen tables had 67 of them.
 */
function TableLine(
  props: ScanStepProps & {
    table: PaneTable;
    name: string;
    kind: TableKind;
    settings: { tables: TableOverride[] };
  },
) {
  const styles = useStyles();
  const { strings: s, table, settings } = props;
  const [open, setOpen] = React.useState(false);
  const nameId = React.useId();
  const detailsId = React.useId();
  const relations = confirmedRelations(s, table);
  return (
    <li className={styles.table} aria-labelledby={nameId}>
      <div className={styles.line}>
        <Text id={nameId} weight="semibold" className={styles.title}>
          {props.name}
        </Text>
        <Caption1 className={styles.lineText}>{s.tableLine(s.kind[props.kind], table.amountRows)}</Caption1>
        <Caption1 className={styles.lineText}>
          {relations.length > 0 ? s.tableRelationsConfirmed(relations.join("; ")) : s.tableNoRelations}
        </Caption1>
      </div>
      {unread(table).length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{s.unreadColumns(unread(table).join(", "))}</MessageBarBody>
        </MessageBar>
      )}
      {table.unconfirmedTotals.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {s.unconfirmedTotals(table.unconfirmedTotals.map((cell) => `${table.sheet}!${cell}`).join(", "))}
          </MessageBarBody>
        </MessageBar>
      )}
      <Button
        appearance="subtle"
        className={styles.open}
        aria-expanded={open}
        aria-controls={open ? detailsId : undefined}
        aria-label={`${s.correctColumns}: ${props.name}`}
        onClick={() => setOpen(!open)}
      >
        {`${open ? "▾" : "▸"} ${s.correctColumns}`}
      </Button>
      {open && (
        <div id={detailsId} className={styles.details}>
          <Caption1>{`${table.sheet}!${table.range}`}</Caption1>
          <Field label={s.tableKind} size="small">
            <Select
              size="small"
              value={props.kind}
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
        </div>
      )}
    </li>
  );
}

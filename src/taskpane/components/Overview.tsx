import * as React from "react";
import {
  Button,
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { formatMoney, type Language, type OverviewLine, type TrafficLight } from "../../domain";
import type { Strings } from "../i18n";

export interface OverviewProps {
  strings: Strings;
  lang: Language;
  lines: OverviewLine[];
  caption: string;
  busy: boolean;
  onSelectCell: (sheet: string, cell: string) => void;
}

/** Lines shown before "show more": a workbook of hundreds of tables would push the findings far down. */
export const OVERVIEW_PAGE = 50;

const useStyles = makeStyles({
  table: { tableLayout: "fixed", width: "100%" },
  caption: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
  // Name and what is wrong take what the light and the variance leave.
  // Narrow padding: at 320 px every pixel goes to the names ("Infrastructuur" whole on its line).
  // Longhands: Fluent's cells set padding-left and padding-right, which a logical padding would not replace.
  head: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  lightColumn: { width: "4.25rem", boxSizing: "border-box" },
  varianceColumn: { width: "5.25rem", boxSizing: "border-box", textAlign: "end" },
  cell: {
    verticalAlign: "top",
    paddingBlock: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    overflowWrap: "break-word",
  },
  name: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
  },
  // A link in look, a touch target in size: 32 px however short the name (Excel on iPad).
  nameButton: {
    minWidth: 0,
    height: "auto",
    minHeight: "32px",
    paddingTop: 0,
    paddingBottom: 0,
    paddingLeft: 0,
    paddingRight: 0,
    textAlign: "start",
    justifyContent: "flex-start",
    fontWeight: tokens.fontWeightSemibold,
  },
  problem: { color: tokens.colorNeutralForeground2 },
  light: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  dot: {
    flexShrink: 0,
    width: "0.75rem",
    height: "0.75rem",
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  red: { backgroundColor: tokens.colorPaletteRedBackground3 },
  orange: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  green: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  variance: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

/**
 * The overview of a check: per table or programme its name (a link to where it stands), its light
 * in a word as well as a colour, its variance and what is wrong.
 */
export function Overview(props: OverviewProps) {
  const styles = useStyles();
  const s = props.strings;
  const [limit, setLimit] = React.useState(OVERVIEW_PAGE);
  if (props.lines.length === 0) return null;
  const rest = props.lines.length - limit;
  return (
    <div>
      <Table size="extra-small" className={styles.table}>
        <caption className={styles.caption}>{props.caption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell
              className={styles.head}
            >{`${s.overviewName} · ${s.overviewProblem}`}</TableHeaderCell>
            <TableHeaderCell className={mergeClasses(styles.head, styles.lightColumn)}>
              {s.overviewLight}
            </TableHeaderCell>
            <TableHeaderCell className={mergeClasses(styles.head, styles.varianceColumn)}>
              {s.overviewVariance}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.lines.slice(0, limit).map((line) => (
            <TableRow key={`${line.sheet}!${line.cell}|${line.code ?? line.tableId ?? ""}`}>
              <TableCell className={styles.cell}>
                <span className={styles.name}>
                  <Button
                    appearance="transparent"
                    className={styles.nameButton}
                    onClick={() => props.onSelectCell(line.sheet, line.cell)}
                    disabled={props.busy}
                    title={s.goToCell(`${line.sheet}!${line.cell}`)}
                  >
                    {line.name}
                  </Button>
                  <Caption1 className={styles.problem}>{line.problem ?? s.overviewNothing}</Caption1>
                </span>
              </TableCell>
              <TableCell className={styles.cell}>
                <Light strings={s} light={line.light} styles={styles} />
              </TableCell>
              <TableCell className={mergeClasses(styles.cell, styles.variance)}>
                {line.variance === null
                  ? "–"
                  : formatMoney(Math.round(line.variance * 100), line.currency ?? "EUR", props.lang)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {rest > 0 && (
        <Button appearance="subtle" onClick={() => setLimit(limit + OVERVIEW_PAGE)}>
          {s.showMore(Math.min(rest, OVERVIEW_PAGE))}
        </Button>
      )}
    </div>
  );
}

function Light(props: { strings: Strings; light: TrafficLight; styles: ReturnType<typeof useStyles> }) {
  const { styles } = props;
  return (
    <span className={styles.light}>
      <span aria-hidden className={mergeClasses(styles.dot, styles[props.light])} />
      {props.strings.lightWord[props.light]}
    </span>
  );
}

import * as React from "react";
import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatMoney } from "../../domain";
import type { Strings } from "../i18n";
import type { PaneAnnual } from "../paneAnnual";

export interface AnnualSummaryProps {
  strings: Strings;
  annual: PaneAnnual;
  lang: "nl" | "en";
  busy: boolean;
  onSelectCell: (sheet: string, cell: string) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  table: { width: "auto" },
  number: { textAlign: "end" },
  // A marker beside each count, so that the colour is never the only cue: the column names it.
  green: { borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteGreenBorder2}` },
  orange: { borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteMarigoldBorderActive}` },
  red: { borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteRedBorder2}` },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: { justifyContent: "flex-start", textAlign: "start", height: "auto", minWidth: 0 },
});

/**
 * The check step's summary of the annual report: the green, orange and red outputs per programme,
 * the overspends against the tolerance (each programme a link to its cell), and Bijlage 1.
 */
export function AnnualSummary(props: AnnualSummaryProps) {
  const styles = useStyles();
  const { strings: s, annual } = props;
  const o = annual.overspends;
  const money = (cents: number) => formatMoney(cents, o.currency ?? "EUR", props.lang);
  return (
    <section aria-label={s.annualLabel} className={styles.root}>
      {annual.outputs.length > 0 && (
        <Table size="extra-small" className={styles.table} aria-label={s.outputsCaption}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{s.outputsProgramme}</TableHeaderCell>
              <TableHeaderCell className={styles.green}>{s.outputsGreen}</TableHeaderCell>
              <TableHeaderCell className={styles.orange}>{s.outputsOrange}</TableHeaderCell>
              <TableHeaderCell className={styles.red}>{s.outputsRed}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {annual.outputs.map((p) => (
              <TableRow key={p.programme ?? ""}>
                <TableCell>
                  {p.programme === null ? s.outputsNoProgramme : `${p.programme} ${p.name ?? ""}`}
                </TableCell>
                <TableCell className={styles.number}>{p.green}</TableCell>
                <TableCell className={styles.number}>{p.orange}</TableCell>
                <TableCell className={styles.number}>{p.red}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <section aria-label={s.overspendsLabel}>
        {o.count === 0 && o.lines === 0 ? (
          <Text>{s.overspendsNone}</Text>
        ) : (
          <>
            <Text block>
              {o.count > 0 && `${s.overspendsSummary(o.count, o.level, money(o.total))} `}
              {s.overspendsTolerance(o.tolerance === null ? null : money(o.tolerance), o.overTolerance)}
            </Text>
            <ul className={styles.list}>
              {o.counted.map((x) => (
                <li key={`${x.sheet}!${x.cell}`}>
                  <Button
                    appearance="transparent"
                    className={styles.item}
                    disabled={props.busy}
                    onClick={() => props.onSelectCell(x.sheet, x.cell)}
                  >
                    {s.overspendItem(x.code, x.name, money(x.overspend))}
                  </Button>
                </li>
              ))}
            </ul>
            {o.level === "programme" && o.lines > 0 && <Text size={200}>{s.overspendsLines(o.lines)}</Text>}
          </>
        )}
      </section>
      {annual.contribution && (
        <Text>{s.contributionSummary(annual.contribution.provinces, money(annual.contribution.refund))}</Text>
      )}
    </section>
  );
}

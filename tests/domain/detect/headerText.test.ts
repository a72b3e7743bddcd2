import { classifyHeader } from "../../../src/domain/detect/classifyHeader";
import { readScale } from "../../../src/domain/detect/readScale";

describe("classifyHeader: a header's role, kind, period and year", () => {
  it.each([
    ["Begroting 2017 Lasten", "budget", "lasten", undefined, 2017],
    ["Begroting na wijziging 2016 Saldo", "amended", "saldo", undefined, 2016],
    ["Begroting 2016 na Voorjaarsnota", "amended", undefined, undefined, 2016],
    ["VJN 2024", "amendment", undefined, undefined, 2024],
    ["Begrotingswijzigingen", "amendment", undefined, undefined, undefined],
    ["Expenditure To Date £000", "actual", "lasten", "ytd", undefined],
    ["Income Budget £000", "budget", "baten", undefined, undefined],
    ["Net To Date", "actual", "saldo", "ytd", undefined],
    ["Dec Actuals", "actual", undefined, "month:12", undefined],
    ["YTD Variance", "variance", undefined, "ytd", undefined],
    ["Annual Budget", "budget", undefined, "annual", undefined],
    ["2003 Over (Under) Budget", "variance", undefined, undefined, 2003],
    ["Over or (under) spend", "variance", undefined, undefined, undefined],
    ["Favourable/(Adverse)", "variance", undefined, undefined, undefined],
    ["Vergelijking", "variance", undefined, undefined, undefined],
    ["Forecast outturn", "forecast", undefined, undefined, undefined],
    ["Expenditure %", "percent", "lasten", undefined, undefined],
    ["2019", "amount", undefined, undefined, 2019],
    ["Baten", "amount", "baten", undefined, undefined],
    ["Voordeel/ Nadeel", "flag", undefined, undefined, undefined],
    ["ADV/FAV", "flag", undefined, undefined, undefined],
    ["Explanation required?", "noteRequired", undefined, undefined, undefined],
    ["Comments", "note", undefined, undefined, undefined],
    ["Service", "label", undefined, undefined, undefined],
  ])("reads %s", (text, role, kind, period, year) => {
    const m = classifyHeader(text);
    expect([m.role, m.kind, m.period, m.year]).toEqual([role, kind, period, year]);
  });
});

describe("readScale: the unit a text states", () => {
  it.each([
    ["x € 1.000", 1000, "EUR", ""],
    ["(bedragen x €1.000)", 1000, "EUR", "(bedragen"],
    ["Programma (in € 1.000)", 1000, "EUR", "Programma"],
    ["£000", 1000, "GBP", ""],
    ["£'000", 1000, "GBP", ""],
    ["$ in thousands", 1000, "USD", ""],
    ["(Expressed in Thousands)", 1000, undefined, ""],
    ["x € 1 mln", 1_000_000, "EUR", ""],
    ["Budget £", undefined, "GBP", "Budget"],
    ["1.000", undefined, undefined, "1.000"],
    ["Begroting 2024", undefined, undefined, "Begroting 2024"],
    ["Programma 1 in euro's", 1, "EUR", "Programma 1"],
    ["(in €)", 1, "EUR", ""],
  ])("reads %s", (text, scale, currency, rest) => {
    const s = readScale(text);
    expect([s.scale, s.currency, s.rest]).toEqual([scale, currency, rest]);
  });
});

import { calcChainWithout } from "../../../src/xlsx/package/calcChain";

const chain = (cells: string) =>
  `<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${cells}</calcChain>`;

describe("the calculation chain without the cells of sheets replaced or gone", () => {
  it("drops the entries of those sheets, an entry without a sheet id being on the one before it", () => {
    expect(
      calcChainWithout(
        chain(`<c r="B2" i="1"/><c r="B3"/><c r="A1" i="4"/><c r="A2"/><c r="C9" i="2"/>`),
        new Set([4]),
      ),
    ).toBe(chain(`<c r="B2" i="1"/><c i="1" r="B3"/><c r="C9" i="2"/>`));
  });

  it("leaves the chain as it is when none of its cells is on those sheets, and is empty when all are", () => {
    const xml = chain(`<c r="B2" i="1"/><c r="B3"/>`);
    expect(calcChainWithout(xml, new Set([5]))).toBe(xml);
    expect(calcChainWithout(xml, new Set([1]))).toBeNull();
  });
});

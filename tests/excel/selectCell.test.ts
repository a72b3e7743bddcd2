import { selectCell, SheetNotFoundError } from "../../src/excel";
import { seedExcel } from "./workbooks";

describe("selectCell", () => {
  it("activates the finding's sheet and selects its cell in one sync", async () => {
    const fake = seedExcel();

    await selectCell(fake.context, "Programma's", "F5");

    expect(fake.activeSheet).toBe("Programma's");
    expect(fake.selection).toBe("Programma's!F5:F5");
    expect(fake.syncCount).toBe(1);
  });

  it("says which sheet is missing when it was deleted", async () => {
    const fake = seedExcel();

    const error = await selectCell(fake.context, "Weg", "A1").catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SheetNotFoundError);
    expect((error as SheetNotFoundError).messageIn("nl")).toBe('Het blad "Weg" bestaat niet (meer).');
  });
});

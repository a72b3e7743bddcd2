/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { getConfig, screen } from "@testing-library/react";
import { makeStyles } from "@fluentui/react-components";
import { renderWithFluent } from "./renderWithFluent";

const useStyles = makeStyles({
  hidden: { display: "none" },
  invisible: { visibility: "hidden" },
  inert: { pointerEvents: "none" },
  coloured: { color: "red" },
});

function Styled() {
  const styles = useStyles();
  return (
    <>
      <div role="button" className={styles.hidden}>
        Verborgen
      </div>
      <div role="button" className={styles.invisible}>
        Onzichtbaar
      </div>
      <div role="button" className={styles.inert}>
        Onklikbaar
      </div>
      <div role="button" className={styles.coloured}>
        Zichtbaar
      </div>
    </>
  );
}

/** The pane tests render with only the styles that decide what a test sees: these must stay. */
describe("renderWithFluent", () => {
  it("keeps the styles that hide an element or refuse it a click, so that tests see what a user sees", () => {
    renderWithFluent(<Styled />);
    expect(screen.getAllByRole("button").map((b) => b.textContent)).toEqual(["Onklikbaar", "Zichtbaar"]);
    expect(screen.getByText("Verborgen")).not.toBeVisible();
    expect(screen.getByText("Onzichtbaar")).not.toBeVisible();
    expect(getComputedStyle(screen.getByText("Onklikbaar")).pointerEvents).toBe("none");
  });

  it("leaves out the styles no test reads", () => {
    renderWithFluent(<Styled />);
    expect(getComputedStyle(screen.getByText("Zichtbaar")).color).toBe("");
  });
});

describe("the pane tests' waits", () => {
  it("wait for the pane long enough for a busy machine, set once in tests/testingLibrary.setup.ts", () => {
    expect(getConfig().asyncUtilTimeout).toBeGreaterThanOrEqual(30_000);
  });
});

import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { e2eDb, expectNoAxeViolations } from "./helpers";

const DIGITAL = "/agreements/digital-technology-agreement-2026";
const SCIENCE_TITLE =
  "MOU on science, technology and innovation cooperation to respond to common global challenges (2026)";
const ENVIRONMENT_TITLE = "Korea–China environmental cooperation MOU (2014 revision)";

/** Opens the digital agreement's edit form through its public page, as an editor would. */
async function openDigitalEditForm(page: Page) {
  await page.goto(DIGITAL);
  await page.getByTestId("edit-link").first().click();
  await expect(page).toHaveURL(/\/edit\/Agreement\//);
}

/** Types into a lookup field and chooses the match with this name by clicking it. */
async function pickFromLookup(page: Page, field: string, text: string, match: string) {
  await page.getByRole("combobox", { name: field }).fill(text);
  await page.getByRole("listbox", { name: "Matching records" }).getByRole("option", { name: match }).click();
}

/** The agreement the digital agreement continues (its slug) and how, as the database holds them now. */
async function digitalLineage() {
  const db = e2eDb();
  try {
    const row = await db.agreement.findUniqueOrThrow({
      where: { slug: "digital-technology-agreement-2026" },
      select: { previous: { select: { slug: true } }, relation: true },
    });
    return { previous: row.previous?.slug ?? null, relation: row.relation };
  } finally {
    await db.$disconnect();
  }
}

/** The digital agreement continues none, as in the seed. */
async function expectNoLineage() {
  expect(await digitalLineage()).toEqual({ previous: null, relation: null });
}

test.describe
  .serial("relation fields looked up as the editor types", () => {
    test("an editor picks the previous agreement by typing part of its title, with the keyboard, and saves", async ({
      page,
      login,
    }) => {
      await login("editor");
      await openDigitalEditForm(page);

      const field = page.getByRole("combobox", { name: "Continues the agreement" });
      await expect(field).toHaveValue("");
      await expect(field).toHaveAttribute("aria-expanded", "false");
      await field.fill("COMMON global chall");
      const list = page.getByRole("listbox", { name: "Matching records" });
      await expect(list.getByRole("option", { name: SCIENCE_TITLE })).toBeVisible();
      await expect(field).toHaveAttribute("aria-expanded", "true");
      await expect(page.getByTestId("lookup-previousId-status")).toContainText("1 match");
      await expectNoAxeViolations(page);

      // The first match is active; Enter chooses it (and does not submit the form).
      await expect(list.getByRole("option", { selected: true })).toHaveText(SCIENCE_TITLE);
      await field.press("Enter");
      await expect(field).toHaveValue(SCIENCE_TITLE);
      await expect(field).toHaveAttribute("aria-expanded", "false");
      await expect(page.getByTestId("edit-form-message")).toHaveText("");

      await page.getByLabel("How it continues it").selectOption("follows");
      await page.getByLabel("Note for the history").fill("lineage via the lookup");
      await page.getByRole("button", { name: "Save" }).click();
      await expect(page.getByTestId("edit-form-message")).toHaveText("Saved.");

      expect(await digitalLineage()).toEqual({ previous: "science-technology-agreement-2026", relation: "follows" });

      // Opened again, the field shows the chosen agreement's title, and so does the history.
      await page.reload();
      await expect(page.getByRole("combobox", { name: "Continues the agreement" })).toHaveValue(SCIENCE_TITLE);
      await expect(page.getByTestId("record-history").first()).toContainText(
        `Continues the agreement: — → ${SCIENCE_TITLE}`,
      );
    });

    test("Escape closes the list and puts the chosen title back; arrows move; emptying the field saves none", async ({
      page,
      login,
    }) => {
      await login("editor");
      await openDigitalEditForm(page);
      const field = page.getByRole("combobox", { name: "Continues the agreement" });
      await expect(field).toHaveValue(SCIENCE_TITLE);

      await field.fill("environmental cooperation");
      const list = page.getByRole("listbox", { name: "Matching records" });
      const options = list.getByRole("option");
      await expect(options).toHaveCount(5);
      // The first match is active as the list opens; the arrow moves to the second.
      await field.press("ArrowDown");
      await expect(list.getByRole("option", { selected: true })).toHaveText((await options.nth(1).textContent()) ?? "");
      await field.press("Escape");
      await expect(field).toHaveAttribute("aria-expanded", "false");
      await field.press("Escape");
      await expect(field).toHaveValue(SCIENCE_TITLE);

      // Korean readers type in Korean; no record matches this, and the list says so.
      await field.fill("없는 협정");
      await expect(page.getByTestId("lookup-previousId-status")).toHaveText("No match.");
      await field.fill("");
      await page.getByLabel("Note for the history").fill("lineage removed again");
      await page.getByRole("button", { name: "Save" }).click();
      await expect(page.getByTestId("edit-form-message")).toHaveText("Saved.");
      await expectNoLineage();
    });

    test("after a colleague's save, the conflict names both values: the agreements' titles, the relations in words", async ({
      page,
      login,
      newUserPage,
    }) => {
      await login("editor");
      await openDigitalEditForm(page);

      // A colleague saves the lineage first, on a form of their own.
      const other = await newUserPage("editor2");
      await other.goto(page.url());
      await pickFromLookup(other, "Continues the agreement", "common global chall", SCIENCE_TITLE);
      await other.getByLabel("How it continues it").selectOption("follows");
      await other.getByRole("button", { name: "Save" }).click();
      await expect(other.getByTestId("edit-form-message")).toHaveText("Saved.");

      // The first editor's older form sets another lineage: nothing is saved, and each
      // field both changed shows theirs beside mine, by title and in words.
      await pickFromLookup(page, "Continues the agreement", "environmental cooperation MOU (2014", ENVIRONMENT_TITLE);
      await page.getByLabel("How it continues it").selectOption("updates");
      await page.getByLabel("Note for the history").fill("stale form");
      await page.getByRole("button", { name: "Save" }).click();
      await expect(page.getByTestId("edit-form-message")).toContainText("choose which value to keep");
      await expect(page.getByTestId("conflict-previousId-theirs")).toHaveText(SCIENCE_TITLE);
      await expect(page.getByTestId("conflict-previousId-mine")).toHaveText(ENVIRONMENT_TITLE);
      await expect(page.getByTestId("conflict-relation-theirs")).toHaveText("follows the one before");
      await expect(page.getByTestId("conflict-relation-mine")).toHaveText("updates the one before");

      // Choosing theirs for both keeps the colleague's lineage.
      for (const field of ["previousId", "relation"])
        await page
          .getByTestId(`conflict-${field}`)
          .getByLabel(/Keep theirs/)
          .check();
      await page.getByRole("button", { name: "Save with these choices" }).click();
      await expect(page.getByTestId("edit-form-message")).toContainText("Saved");
      expect(await digitalLineage()).toEqual({ previous: "science-technology-agreement-2026", relation: "follows" });

      // Emptied again on a fresh form: no lineage, as in the seed.
      await page.reload();
      await page.getByRole("combobox", { name: "Continues the agreement" }).fill("");
      await page.getByLabel("Note for the history").fill("lineage removed after the conflict");
      await page.getByRole("button", { name: "Save" }).click();
      await expect(page.getByTestId("edit-form-message")).toHaveText("Saved.");
      await expectNoLineage();
    });

    test("a refused save keeps the chosen plan, shown by its title", async ({ page, login }) => {
      await login("editor");
      await page.goto("/new/PlanItem");
      await pickFromLookup(page, "Plan", "2023 clear", "2023 Clear Sky Plan");
      await expect(page.getByRole("combobox", { name: "Plan" })).toHaveValue("2023 Clear Sky Plan");
      // No English title: refused beside that field, the plan kept.
      await page.getByRole("button", { name: "Create" }).click();
      await expect(page.getByTestId("create-form-message")).toContainText("Not created");
      await expect(page.locator("#titleEn-error")).toContainText("This field is required.");
      await expect(page.getByRole("combobox", { name: "Plan" })).toHaveValue("2023 Clear Sky Plan");
    });

    test("a citation's record: its kind first, then the record looked up (a plan item) or chosen from a list (a dialogue)", async ({
      page,
      login,
    }) => {
      await login("editor");
      await page.goto("/new/Citation");
      const kind = page.getByLabel("Kind of record");
      await expect(kind).toHaveValue("agreementId");
      // A kind with few records is a plain list of them.
      await kind.selectOption({ label: "dialogue" });
      const dialogue = page.getByRole("combobox", { name: "Record it backs" });
      await expect(dialogue.getByRole("option", { name: "Korea–China ICT Cooperation Strategy Dialogue" })).toHaveCount(
        1,
      );
      // One with thousands is looked up: plan items.
      await kind.selectOption({ label: "plan item" });
      await expect(page.getByRole("combobox", { name: "Record it backs" })).toHaveValue("");
      await pickFromLookup(
        page,
        "Record it backs",
        "carbon neutrality",
        "Exchange of policies for carbon neutrality and greenhouse gases",
      );
      await expectNoAxeViolations(page);

      // Refused (no quote): the kind and the chosen item are kept.
      await page.getByRole("combobox", { name: "Source (required)" }).selectOption({ index: 1 });
      await page.getByRole("button", { name: "Create" }).click();
      await expect(page.getByTestId("create-form-message")).toContainText("Not created");
      await expect(page.getByLabel("Kind of record")).toHaveValue("planItemId");
      await expect(page.getByRole("combobox", { name: "Record it backs" })).toHaveValue(
        "Exchange of policies for carbon neutrality and greenhouse gases",
      );

      const quote = `Lookup e2e quote ${Date.now()}`;
      await page.getByLabel("Quote (verbatim)").fill(quote);
      await page.getByRole("combobox", { name: "Stance (required)" }).selectOption({ index: 1 });
      await page.getByRole("button", { name: "Create" }).click();
      await expect(page).toHaveURL(/\/sources\//);
      const db = e2eDb();
      try {
        const citation = await db.citation.findFirstOrThrow({
          where: { quote },
          select: { id: true, planItem: { select: { slug: true } }, agreementId: true },
        });
        expect(citation).toMatchObject({ planItem: { slug: "clear-sky-plan-area-4" }, agreementId: null });
        // Its edit form opens on the same kind, the item shown by its title.
        await page.goto(`/edit/Citation/${citation.id}`);
        await expect(page.getByLabel("Kind of record")).toHaveValue("planItemId");
        await expect(page.getByRole("combobox", { name: "Record it backs" })).toHaveValue(
          "Exchange of policies for carbon neutrality and greenhouse gases",
        );
      } finally {
        await db.$disconnect();
      }
    });

    test("in Korean, the field and its messages are Korean, and a plan item's plan is looked up the same way", async ({
      page,
      login,
    }) => {
      await login("editor");
      await page.goto("/ko/new/PlanItem");
      const field = page.getByTestId("lookup-planId");
      await expect(field).toHaveAttribute("role", "combobox");
      await expect(page.locator("#planId-lookup-hint")).toContainText("목록에서 고르세요");
      await field.fill("clear sky");
      await expect(page.getByRole("listbox", { name: "일치하는 기록" }).getByRole("option")).toHaveCount(2);
      await expect(page.getByTestId("lookup-planId-status")).toContainText("2건 일치");
      await expectNoAxeViolations(page);
    });
  });

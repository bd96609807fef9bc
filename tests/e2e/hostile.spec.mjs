// Journey: the hostile corpus (tests/hostile/corpus.json) opened in the browser, one file
// after another, as a user picking strangers' files would: each loads cleanly or is refused
// with a message naming it, the leaderboard as it was, no error on the page, nothing fetched
// from elsewhere, no policy violation. Generated cases are made by the same recipes as
// tests/hostile.rs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32, deflateRawSync } from "node:zlib";
import { AppPage, ROOT, useEnvironment } from "./harness.mjs";
import { Workbench } from "./pages.mjs";

const env = useEnvironment();
const corpus = JSON.parse(readFileSync(join(ROOT, "tests/hostile/corpus.json"), "utf8")).cases;

/** A zip of `entries` ([name, Buffer]), deflated: enough of the format for a workbook. */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const packed = deflateRawSync(data, { level: 9 });
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14); local.writeUInt32LE(packed.length, 18); local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16); central.writeUInt32LE(packed.length, 20); central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function bytes(item) {
  if (item.base64 !== undefined) return Buffer.from(item.base64, "base64");
  const recipe = item.generate;
  switch (recipe.kind) {
    case "deep_json": return Buffer.from("[".repeat(recipe.depth));
    case "deep_suite": return Buffer.from(`{"schema": "pingfen.suite/1", "id": "deep", "title": {"en": "x"}, "dimensions": [], "items": [{"id": "q", "prompt": ${"[".repeat(recipe.depth)}`);
    case "big_cell": return Buffer.from(`model,item,answer\nM,zh-qa-01,"${"答".repeat(Math.floor(recipe.bytes / 3))}"\n`);
    case "rows": {
      const rows = ["model,item,answer"];
      for (let row = 0; row < recipe.rows; row++) rows.push(`M${row % 1000},zh-qa-01,a`);
      return Buffer.from(rows.join("\n") + "\n");
    }
    case "zip_bomb": {
      // Under 2 GB in one go: the 600 MB sheet is written whole (the native runner streams it).
      const sheet = Buffer.concat([
        Buffer.from('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'),
        Buffer.alloc(recipe.inflated_mb << 20, 97),
        Buffer.from("</t></is></c></row></sheetData></worksheet>"),
      ]);
      return zip([
        ["[Content_Types].xml", Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')],
        ["xl/workbook.xml", Buffer.from('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')],
        ["xl/_rels/workbook.xml.rels", Buffer.from('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')],
        ["xl/worksheets/sheet1.xml", sheet],
      ]);
    }
    default: throw new Error(`unknown recipe ${recipe.kind}`);
  }
}

test(`the hostile corpus (${corpus.length} files) opened in the app: loaded or refused by name, nothing lost`, async () => {
  assert.ok(corpus.length >= 60);
  const dir = mkdtempSync(join(tmpdir(), "pingfen-hostile-"));
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1400, height: 900 } });
  await app.leaderboard();
  await app.waitForDictionary();
  const shown = () => app.page.locator('[data-testid="leaderboard"]').innerText();
  const sample = await shown();
  const failures = [];
  for (const item of corpus) {
    const path = join(dir, item.file);
    writeFileSync(path, bytes(item));
    const notices = app.page.locator('[data-testid="notice"]');
    const before = await notices.count();
    await app.byTestId("open-files").setInputFiles(path);
    const notice = notices.filter({ hasText: item.file }).first();
    const loadedSuite = app.page.locator('[data-testid="notice"]', { hasText: "Loaded suite" }).first();
    await Promise.race([notice.waitFor({ timeout: 60_000 }), item.expect.holds === "suite" ? loadedSuite.waitFor({ timeout: 60_000 }) : new Promise(() => {})]).catch(() => {});
    const refusedBy = item.expect.outcome === "refused" || item.expect.app_refuses !== undefined;
    const role = (await notice.count()) > 0 ? await notice.getAttribute("role") : (await loadedSuite.count()) > 0 ? "status" : null;
    if (role === null) failures.push(`${item.file}: no notice (${before} before)`);
    else if (refusedBy && role !== "alert") failures.push(`${item.file}: not refused: ${(await notice.textContent()).slice(0, 120)}`);
    else if (!refusedBy && role !== "status") failures.push(`${item.file}: refused: ${(await notice.textContent()).slice(0, 160)}`);
    if (refusedBy && (await shown()) !== sample) failures.push(`${item.file}: refused, yet the leaderboard changed`);
    if (!refusedBy) {
      // Back to the sample for the next file.
      await new Workbench(app).openData();
      await app.byTestId("load-sample").click();
      await app.page.waitForFunction((want) => document.querySelector('[data-testid="leaderboard"]')?.innerText === want, sample, { timeout: 30_000 }).catch(() => failures.push(`${item.file}: the sample did not come back`));
    }
    // Notices of earlier files out of the way.
    for (const close of await app.page.locator('[data-testid="notice"] .notice__close').all()) await close.click().catch(() => {});
  }
  assert.deepEqual(app.errors, [], "no error on the page");
  assert.deepEqual(failures, []);
  await app.close();
});

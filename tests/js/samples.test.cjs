// Runs every Node.js API sample in samples/ with the real midtrans-client and
// all HTTP intercepted by nock (no request can leave the machine), and records
// what each sample sent. The Python side (midtrans_docs/checks/samples.py) compares
// the records with the cURL sample of the same flow.
"use strict";

const { test, after } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const nock = require("nock");

const ROOT = path.resolve(process.env.SAMPLES_ROOT || path.join(__dirname, "..", "..", "samples"));
const OUT = process.env.CAPTURE_OUT;
const PLACEHOLDERS = [
  "SB-Mid-server-YOUR_SERVER_KEY",
  "IRIS-YOUR_CREATOR_API_KEY",
  "IRIS-YOUR_APPROVER_API_KEY",
];
const ALLOWED_AUTH = PLACEHOLDERS.map((k) => "Basic " + Buffer.from(k + ":").toString("base64"));

function findSamples(dir) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findSamples(full));
    else if (entry.name === "node.js" && fs.existsSync(path.join(dir, "curl.sh"))) found.push(full);
  }
  return found.sort();
}

const captures = {};
nock.disableNetConnect();

function statusFor(method, url) {
  return method === "POST" && /\/snap\/v1\/transactions\/?$/.test(new URL(url).pathname) ? 201 : 200;
}

function lineOf(error, file) {
  const m = String(error && error.stack).match(new RegExp(file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + ":(\\d+)"));
  return m ? Number(m[1]) : 1;
}

// Every documented answer of a flow: response.json, then the variants (response-202.json, …),
// which the sample must handle too. Only the run against response.json is recorded for the comparison.
function responseFiles(dir) {
  const variants = fs.readdirSync(dir).filter((n) => /^response-.+\.json$/.test(n)).sort();
  return ["response.json", ...variants].map((n) => path.join(dir, n));
}

function register(file, responseFile) {
  const main = path.basename(responseFile) === "response.json";
  const rel = path.relative(ROOT, file).split(path.sep).join("/");
  test(main ? rel : `${rel} (${path.basename(responseFile)})`, async () => {
    const reply = fs.existsSync(responseFile) ? JSON.parse(fs.readFileSync(responseFile, "utf8")) : {};
    const record = { requests: [], output: [], error: null };
    if (main) captures[rel] = record;

    nock.cleanAll();
    for (const method of ["get", "post", "put", "patch", "delete"]) {
      nock(/^https:\/\/[a-z.]*midtrans\.com(:443)?$/)
        .persist()
        [method](() => true)
        .reply(function (uri, body) {
          const url = `${this.req.options.proto || "https"}://${this.req.options.hostname || this.req.headers.host}${uri}`;
          let parsed = body;
          if (typeof body === "string") {
            try { parsed = body ? JSON.parse(body) : null; } catch { parsed = body; }
          }
          const headers = {};
          for (const [k, v] of Object.entries(this.req.headers)) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(",") : String(v);
          // The Node SDK sends `{}` on GET requests; what matters is that there is no payload.
          if (method === "get" && parsed && typeof parsed === "object" && Object.keys(parsed).length === 0) parsed = null;
          record.requests.push({ method: method.toUpperCase(), url, body: parsed === "" ? null : parsed, headers });
          return [statusFor(method.toUpperCase(), url), reply];
        });
    }

    const log = console.log;
    const error = console.error;
    const errors = [];
    console.log = (...args) => record.output.push(args.join(" "));
    console.error = (...args) => errors.push(args.map((a) => (a instanceof Error ? a.message : typeof a === "object" ? JSON.stringify(a) : String(a))).join(" "));
    const unhandled = (reason) => errors.push(String(reason && reason.stack || reason));
    process.on("unhandledRejection", unhandled);
    try {
      delete require.cache[require.resolve(file)];
      require(file);
      // Let the sample's promise chain settle.
      for (let i = 0; i < 100 && (record.requests.length === 0 || i < 5); i++) {
        await new Promise((r) => setTimeout(r, 10));
      }
      await new Promise((r) => setTimeout(r, 30));
    } catch (e) {
      record.error = String(e && e.message || e);
      record.line = lineOf(e, file);
    } finally {
      console.log = log;
      console.error = error;
      process.removeListener("unhandledRejection", unhandled);
    }
    if (!record.error && errors.length) record.error = "it printed an error: " + errors.join(" | ").slice(0, 300);
    if (!main && record.error) {
      // A variant's failure is reported on the main record, naming the response file.
      captures[rel].error = `${path.basename(responseFile)}: ${record.error}`;
      captures[rel].line = record.line;
    }
    assert.equal(record.error, null, `${rel}: ${record.error}`);
    assert.ok(record.requests.length > 0, `${rel}: the sample sent no request`);
    for (const r of record.requests) {
      assert.ok(ALLOWED_AUTH.includes(r.headers.authorization),
        `${rel}: Authorization must be Basic base64(<placeholder key>:), got ${r.headers.authorization}`);
    }
  });
}

for (const file of findSamples(ROOT)) {
  for (const responseFile of responseFiles(path.dirname(file))) register(file, responseFile);
}

after(() => {
  if (OUT) fs.writeFileSync(OUT, JSON.stringify(captures, null, 2));
});

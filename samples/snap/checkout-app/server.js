// Snap checkout (Express): stores each order, creates its Snap token, serves
// the payment page and applies each HTTP notification to the order once.
// Sandbox only.
// Run: npm install express midtrans-client sql.js && node server.js
// Orders live in the SQLite file ORDERS_DB (default: orders.db beside this
// file), created on first start from schema.sql.
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const express = require("express");
const midtransClient = require("midtrans-client");
const initSqlJs = require("sql.js");

// Keys come from the environment, never from code.
const SERVER_KEY = process.env.MIDTRANS_SERVER_KEY.trim();
const CLIENT_KEY = process.env.MIDTRANS_CLIENT_KEY.trim();
const DB_PATH = process.env.ORDERS_DB || path.join(__dirname, "orders.db");
// Which status may follow which, and the order state each one means.
const TRANSITIONS = fs.readFileSync(
  path.join(__dirname, "status-transitions.json"), "utf8");
const STATUSES = JSON.parse(TRANSITIONS).statuses;

const snap = new midtransClient.Snap({
  isProduction: false,
  serverKey: SERVER_KEY,
  clientKey: CLIENT_KEY,
});
const page = fs
  .readFileSync(path.join(__dirname, "checkout.html"), "utf8")
  .replace("__CLIENT_KEY__", CLIENT_KEY);

// sql.js keeps the database in memory; save() writes it to a temporary
// file and renames it over DB_PATH, so the file is always whole.
let SQL;
let db;
function load() {
  const file = fs.existsSync(DB_PATH) ? fs.readFileSync(DB_PATH) : undefined;
  db = new SQL.Database(file);
}
function save() {
  const temp = `${DB_PATH}.tmp`;
  const fd = fs.openSync(temp, "w");
  fs.writeSync(fd, db.export());
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  fs.renameSync(temp, DB_PATH);
}
// Runs the writes as one transaction and saves the file; if anything fails,
// the memory copy goes back to what the file holds.
function store(writes) {
  db.run("BEGIN");
  try {
    const result = writes();
    db.run("COMMIT");
    save();
    return result;
  } catch (error) {
    db.close();
    load();
    throw error;
  }
}
function one(sql, params) {
  const statement = db.prepare(sql, params);
  const row = statement.step() ? statement.getAsObject() : undefined;
  statement.free();
  return row;
}

const app = express();
app.use(express.json());

app.get("/", (req, res) => res.type("html").send(page));

// The server sets items and amount: never take a price from the browser.
app.post("/api/checkout", async (req, res) => {
  const orderId = `ORDER-${crypto.randomUUID()}`;
  // Store the order before Midtrans knows it: no notification can arrive
  // for an order this app does not have.
  store(() => db.run(
    "INSERT INTO orders (order_id, gross_amount) VALUES (?, ?)",
    [orderId, "250000.00"]));
  try {
    const transaction = await snap.createTransaction({
      transaction_details: {
        order_id: orderId,
        gross_amount: 250000,
      },
      item_details: [{
        id: "SKU-TSHIRT-M",
        name: "Cotton T-shirt, size M",
        price: 125000,
        quantity: 2,
      }],
      credit_card: { secure: true },
    });
    res.json({ token: transaction.token });
  } catch (error) {
    console.error("Snap API error", error.httpStatusCode, error.ApiResponse);
    res.status(502).json({ error: "Could not create the payment" });
  }
});

// signature_key: SHA-512 hex of order_id, status_code, gross_amount and
// the server key, joined.
function signatureIsValid(body) {
  const signed = body.order_id + body.status_code + body.gross_amount;
  const expected = crypto
    .createHash("sha512")
    .update(signed + SERVER_KEY, "utf8")
    .digest();
  const received = Buffer.from(String(body.signature_key), "hex");
  return received.length === expected.length &&
    crypto.timingSafeEqual(received, expected);
}

// The key in STATUSES: capture with fraud_status challenge has its own.
function statusKey(status) {
  const pair = `${status.transaction_status}/${status.fraud_status}`;
  return pair in STATUSES ? pair : status.transaction_status;
}

// True if `next` can be reached from `current`: a notification in between
// may be late or lost.
function canFollow(current, next) {
  const seen = new Set();
  const queue = [...STATUSES[current].next];
  while (queue.length > 0) {
    const key = queue.pop();
    if (key === next) return true;
    if (!seen.has(key)) {
      seen.add(key);
      queue.push(...STATUSES[key].next);
    }
  }
  return false;
}

function outcome(order, status, key) {
  if (status.order_id !== order.order_id ||
      status.gross_amount !== order.gross_amount ||
      (status.currency ?? order.currency) !== order.currency) {
    return "rejected"; // not what the customer was asked to pay
  }
  if (key === order.status) return "duplicate";
  if (key in STATUSES && canFollow(order.status, key)) return "applied";
  return "ignored"; // backwards, such as pending after settlement
}

function record(body, key, result) {
  db.run(
    "INSERT INTO notifications (order_id, transaction_id, status, outcome," +
    " body) VALUES (?, ?, ?, ?, ?)",
    [String(body.order_id), String(body.transaction_id), key ?? null,
      result, JSON.stringify(body)]);
}

app.post("/midtrans/notification", async (req, res) => {
  const body = req.body;
  if (!body || !signatureIsValid(body)) {
    return res.status(403).send("Invalid signature"); // nothing is stored
  }
  const orderId = String(body.order_id);
  const sql = "SELECT * FROM orders WHERE order_id = ?";
  try {
    if (!one(sql, [orderId])) {
      store(() => record(body, null, "unknown_order"));
      return res.status(404).send("Unknown order"); // tried twice more
    }
  } catch (error) {
    console.error("Could not store the notification", error.message);
    return res.status(503).send("Try again later");
  }
  let status;
  try {
    // Trust only the status Midtrans gives you now:
    // GET /v2/{transaction_id}/status.
    status = await snap.transaction.notification(body);
  } catch (error) {
    console.error("Status check failed", error.message);
    return res.status(503).send("Try again later"); // Midtrans sends it again
  }
  const key = statusKey(status);
  let result;
  try {
    // One transaction: the order and the notification record are stored
    // together or not at all.
    result = store(() => {
      const order = one(sql, [orderId]);
      const decided = outcome(order, status, key);
      if (decided === "applied") {
        db.run(
          "UPDATE orders SET status = ?, state = ?, updated_at =" +
          " strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE order_id = ?",
          [key, STATUSES[key].order, orderId]);
      }
      record(body, key, decided);
      return decided;
    });
  } catch (error) {
    console.error("Could not store the notification", error.message);
    return res.status(503).send("Try again later"); // nothing was stored
  }
  console.log(`Order ${orderId}: ${key} (${result})`);
  // 200 only now that it is stored: Midtrans stops sending it.
  res.send("OK");
});

const port = Number(process.env.PORT || 3000);
initSqlJs().then((sqlJs) => {
  SQL = sqlJs;
  load();
  db.exec(fs.readFileSync(path.join(__dirname, "schema.sql"), "utf8"));
  save();
  app.listen(port, () => console.log(`Open http://localhost:${port}`));
});

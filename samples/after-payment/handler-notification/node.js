// Midtrans HTTP notification handler (Express).
// Run: npm install express midtrans-client && node node.js
// Set the Payment Notification URL to https://<your-host>/midtrans/notification
const crypto = require("crypto");
const express = require("express");
const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const SERVER_KEY = process.env.MIDTRANS_SERVER_KEY || "SB-Mid-server-YOUR_SERVER_KEY";

const core = new midtransClient.CoreApi({ isProduction: false, serverKey: SERVER_KEY });
const app = express();
app.use(express.json()); // unknown and new fields are simply ignored

// Stand-in for your orders table: order_id -> expected amount, state, fulfilled flag.
// In production, do the read-compare-write below in one database transaction
// (SELECT ... FOR UPDATE, or a conditional UPDATE).
const orders = new Map([
  ["ORDER-2026-0001", { amount: "250000.00", state: "awaiting_payment", fulfilled: false }],
]);

// Later stages never move back to earlier ones: a stale or out-of-order
// notification cannot turn a paid order back into "awaiting_payment".
const STAGE = {
  awaiting_payment: 0, authorized: 0, review: 0,
  paid: 1, failed: 1,
  partial_refund: 2, refund: 2, partial_chargeback: 2, chargeback: 2,
};

// signature_key = SHA512(order_id + status_code + gross_amount + server key), hex.
function signatureIsValid(body) {
  const expected = crypto
    .createHash("sha512")
    .update(body.order_id + body.status_code + body.gross_amount + SERVER_KEY, "utf8")
    .digest("hex");
  const received = String(body.signature_key);
  return (
    received.length === expected.length &&
    crypto.timingSafeEqual(Buffer.from(received), Buffer.from(expected))
  );
}

// Map the confirmed Midtrans status to the state of your order.
function orderState(status) {
  const { transaction_status: transactionStatus, fraud_status: fraudStatus } = status;
  switch (transactionStatus) {
    case "capture":
      if (fraudStatus === "challenge") return "review"; // accept or deny it in the Dashboard or with the API
      return fraudStatus === undefined || fraudStatus === "accept" ? "paid" : "failed";
    case "settlement":
      return "paid";
    case "pending":
      return "awaiting_payment";
    case "authorize":
      return "authorized"; // pre-authorized card: capture it to get paid
    case "deny":
    case "cancel":
    case "expire":
    case "failure":
      return "failed";
    case "refund":
    case "partial_refund":
    case "chargeback":
    case "partial_chargeback":
      return transactionStatus;
    default:
      return null; // a status this code does not know yet: store it and look
  }
}

function fulfill(orderId) {
  // Send goods, grant access, e-mail the receipt. For slow work, put a job on a
  // queue here and return: the notification must be answered quickly.
  console.log(`Fulfilling order ${orderId}`);
}

app.post("/midtrans/notification", async (req, res) => {
  const body = req.body;
  const required = ["order_id", "status_code", "gross_amount", "signature_key", "transaction_id"];
  if (!body || !required.every((key) => typeof body[key] === "string")) {
    return res.status(400).send("Bad request");
  }

  // 1. Authenticity: only Midtrans and you know the server key.
  if (!signatureIsValid(body)) return res.status(403).send("Invalid signature");

  const order = orders.get(body.order_id);
  if (!order) return res.status(404).send("Unknown order"); // Midtrans retries 400 and 404 twice

  // 2. Confirm with GET status: it always returns the latest status,
  //    so a delayed or out-of-order notification cannot mislead you.
  let status;
  try {
    status = await core.transaction.status(body.transaction_id);
  } catch (error) {
    console.error(`GET status failed for ${body.order_id}`, error.message);
    return res.status(503).send("Try again later"); // Midtrans retries 503 four times
  }

  if (status.order_id !== body.order_id || status.gross_amount !== order.amount) {
    console.error(`Order or amount mismatch for ${body.order_id}`);
    return res.status(200).send("OK"); // a retry cannot fix this; review it by hand
  }

  const newState = orderState(status);
  if (newState === null) {
    console.warn(`Unhandled status ${status.transaction_status}`);
    return res.status(200).send("OK");
  }

  // 3. Idempotent update: apply each change once, fulfill once.
  //    (No await between the check and the write, so no other request can interleave.)
  let ship = false;
  if (STAGE[newState] >= STAGE[order.state]) {
    order.state = newState;
    if (newState === "paid" && !order.fulfilled) {
      order.fulfilled = ship = true;
    } else if (newState === "failed" && order.fulfilled) {
      console.error(`Order ${body.order_id} was fulfilled but is now ${status.transaction_status}`);
    }
  }
  if (ship) fulfill(body.order_id);

  // 4. Answer 200 fast (Midtrans waits at most 15 seconds).
  return res.status(200).send("OK");
});

app.listen(3000, () => console.log("Listening on http://localhost:3000"));

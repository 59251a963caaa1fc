// Snap checkout (Express): creates the Snap token, serves the payment
// page and confirms HTTP notifications. Sandbox only.
// Run: npm install express midtrans-client && node server.js
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const express = require("express");
const midtransClient = require("midtrans-client");

// Keys come from the environment, never from code.
const SERVER_KEY = process.env.MIDTRANS_SERVER_KEY.trim();
const CLIENT_KEY = process.env.MIDTRANS_CLIENT_KEY.trim();

const snap = new midtransClient.Snap({
  isProduction: false,
  serverKey: SERVER_KEY,
  clientKey: CLIENT_KEY,
});
const page = fs
  .readFileSync(path.join(__dirname, "checkout.html"), "utf8")
  .replace("__CLIENT_KEY__", CLIENT_KEY);

const app = express();
app.use(express.json());

app.get("/", (req, res) => res.type("html").send(page));

// The server sets items and amount: never take a price from the browser.
app.post("/api/checkout", async (req, res) => {
  try {
    const transaction = await snap.createTransaction({
      transaction_details: {
        order_id: `ORDER-${crypto.randomUUID()}`,
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

app.post("/midtrans/notification", async (req, res) => {
  if (!req.body || !signatureIsValid(req.body)) {
    return res.status(403).send("Invalid signature");
  }
  try {
    // Trust only the status Midtrans gives you now:
    // GET /v2/{transaction_id}/status.
    const status = await snap.transaction.notification(req.body);
    // Update your order here.
    console.log(`Order ${status.order_id}: ${status.transaction_status}`);
    res.send("OK");
  } catch (error) {
    console.error("Status check failed", error.message);
    res.status(503).send("Try again later"); // Midtrans sends it again
  }
});

const port = Number(process.env.PORT || 3000);
app.listen(port, () => console.log(`Open http://localhost:${port}`));

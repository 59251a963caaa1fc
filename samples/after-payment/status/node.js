const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const core = new midtransClient.CoreApi({
  isProduction: false,
  serverKey: "SB-Mid-server-YOUR_SERVER_KEY",
});

// Read the current status of an order. Use the order ID or the transaction ID.
core.transaction
  .status("ORDER-2026-0001")
  .then((response) => {
    // Decide from transaction_status (and fraud_status), never from status_code alone.
    console.log("order_id:", response.order_id);
    console.log("transaction_status:", response.transaction_status);
    console.log("fraud_status:", response.fraud_status);
    console.log("gross_amount:", response.gross_amount);
  })
  .catch((error) => {
    // For example 404: no transaction with this ID in this environment.
    console.error(error.httpStatusCode, error.ApiResponse);
  });

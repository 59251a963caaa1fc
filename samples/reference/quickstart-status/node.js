const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const core = new midtransClient.CoreApi({
  isProduction: false,
  serverKey: "SB-Mid-server-YOUR_SERVER_KEY",
});

core.transaction
  .status("ORDER-2026-0001")
  .then((status) => {
    // Decide on transaction_status (and fraud_status for cards). status_code follows the
    // same state: "200" for capture or settlement, "201" pending, "407" expired.
    console.log(status.transaction_status);
    console.log(status.fraud_status);
    console.log(status.gross_amount);
  })
  .catch((error) => {
    console.error(error.httpStatusCode, error.ApiResponse);
  });

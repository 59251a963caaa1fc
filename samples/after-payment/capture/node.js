const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const core = new midtransClient.CoreApi({
  isProduction: false,
  serverKey: "SB-Mid-server-YOUR_SERVER_KEY",
});

// Capture a pre-authorized card payment (transaction_status authorize).
core
  .capture({
    transaction_id: "9b1d3f5a-7c0e-4a2b-d4f6-8c0e2a4b6d7f",
  })
  .then((response) => {
    // The payment is now capture and settles like any other card payment.
    console.log("order_id:", response.order_id);
    console.log("transaction_status:", response.transaction_status);
    console.log("gross_amount:", response.gross_amount);
  })
  .catch((error) => {
    // For example 412: the transaction is not in a state that allows this action.
    console.error(error.httpStatusCode, error.ApiResponse);
  });

const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const core = new midtransClient.CoreApi({
  isProduction: false,
  serverKey: "SB-Mid-server-YOUR_SERVER_KEY",
});

// Cancel a transaction that has not settled yet (pending, authorize or capture).
core.transaction
  .cancel("ORDER-2026-0002")
  .then((response) => {
    // A settled transaction cannot be canceled: refund it instead.
    console.log("order_id:", response.order_id);
    console.log("transaction_status:", response.transaction_status);
  })
  .catch((error) => {
    // For example 412: the transaction is not in a state that allows this action.
    console.error(error.httpStatusCode, error.ApiResponse);
  });

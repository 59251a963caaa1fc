const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const core = new midtransClient.CoreApi({
  isProduction: false,
  serverKey: "SB-Mid-server-YOUR_SERVER_KEY",
});

// Reject a card payment that the Fraud Detection System flagged as challenge.
core.transaction
  .deny("ORDER-2026-0003")
  .then((response) => {
    // transaction_status is now cancel (fraud_status deny): do not fulfill the order.
    console.log("order_id:", response.order_id);
    console.log("transaction_status:", response.transaction_status);
    console.log("fraud_status:", response.fraud_status);
  })
  .catch((error) => {
    // For example 412: the transaction is not in a state that allows this action.
    console.error(error.httpStatusCode, error.ApiResponse);
  });

const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const core = new midtransClient.CoreApi({
  isProduction: false,
  serverKey: "SB-Mid-server-YOUR_SERVER_KEY",
});

// Refund part of a settled payment. Reuse the same refund_key to retry safely.
core.transaction
  .refund("ORDER-2026-0001", {
    refund_key: "ORDER-2026-0001-refund-1",
    amount: 100000,
    reason: "One item out of stock",
  })
  .then((response) => {
    // partial_refund: part of the payment is refunded; refund: all of it.
    console.log("order_id:", response.order_id);
    console.log("transaction_status:", response.transaction_status);
    console.log("refund_amount:", response.refund_amount);
    console.log("refund_key:", response.refund_key);
  })
  .catch((error) => {
    // For example 412: the transaction is not in a state that allows this action.
    console.error(error.httpStatusCode, error.ApiResponse);
  });

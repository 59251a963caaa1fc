const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const core = new midtransClient.CoreApi({
  isProduction: false,
  serverKey: "SB-Mid-server-YOUR_SERVER_KEY",
});

// Send a refund straight to the payment provider and get its result in the response.
core.transaction
  .refundDirect("ORDER-2026-0011", {
    refund_key: "ORDER-2026-0011-refund-1",
    amount: 154000,
    reason: "Customer canceled the order",
  })
  .then((response) => {
    // status_code 202 with transaction_status settlement means the provider refused the refund.
    console.log("order_id:", response.order_id);
    console.log("status_code:", response.status_code);
    console.log("transaction_status:", response.transaction_status);
    console.log("refund_amount:", response.refund_amount);
  })
  .catch((error) => {
    // For example 412: the transaction is not in a state that allows this action.
    console.error(error.httpStatusCode, error.ApiResponse);
  });

const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const core = new midtransClient.CoreApi({
  isProduction: false,
  serverKey: "SB-Mid-server-YOUR_SERVER_KEY",
});

// Expire a pending transaction now, before its payment deadline.
core.transaction
  .expire("ORDER-2026-0004")
  .then((response) => {
    // status_code 407 with transaction_status expire means the expiry succeeded.
    console.log("order_id:", response.order_id);
    console.log("status_code:", response.status_code);
    console.log("transaction_status:", response.transaction_status);
  })
  .catch((error) => {
    // For example 412: the transaction is not in a state that allows this action.
    console.error(error.httpStatusCode, error.ApiResponse);
  });

const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const core = new midtransClient.CoreApi({
  isProduction: false,
  serverKey: "SB-Mid-server-YOUR_SERVER_KEY",
});

core.transaction
  .status("ORDER-2026-0101")
  .then((status) => {
    // status_code is the result of this API call; transaction_status is the payment state.
    console.log(status.transaction_status);
    console.log(status.fraud_status);
    console.log(status.gross_amount);
  })
  .catch((error) => {
    console.error(error.httpStatusCode, error.ApiResponse);
  });

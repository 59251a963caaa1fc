const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const core = new midtransClient.CoreApi({
  isProduction: false,
  serverKey: "SB-Mid-server-YOUR_SERVER_KEY",
});

core.transaction
  .status("ORDER-2026-0101")
  .then((status) => {
    // status_code follows the transaction state here (201 pending, 200 capture or settlement,
    // 202 deny or cancel, 407 expire); it does not mean "found". Decide on transaction_status.
    console.log(status.transaction_status);
    console.log(status.fraud_status);
    console.log(status.gross_amount);
  })
  .catch((error) => {
    console.error(error.httpStatusCode, error.ApiResponse);
  });

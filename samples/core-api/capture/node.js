const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const core = new midtransClient.CoreApi({
  isProduction: false,
  serverKey: "SB-Mid-server-YOUR_SERVER_KEY",
});

core
  .capture({
    transaction_id: "b7c2e9f4-1a3d-4c58-8e6b-9f0a2d4c6e81",
    gross_amount: 250000,
  })
  .then((capture) => {
    // transaction_status moves from authorize to capture.
    console.log(capture.status_code);
    console.log(capture.transaction_status);
    console.log(capture.gross_amount);
  })
  .catch((error) => {
    console.error(error.httpStatusCode, error.ApiResponse);
  });

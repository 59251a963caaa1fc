const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const core = new midtransClient.CoreApi({
  isProduction: false,
  serverKey: "SB-Mid-server-YOUR_SERVER_KEY",
});

core
  .enableSubscription("5c1d9e2a-7b4f-4a83-9e61-0d2c8b7f3a45")
  .then((result) => {
    // Charges resume at the next scheduled time.
    console.log(result.status_message);
  })
  .catch((error) => {
    console.error(error.httpStatusCode, error.ApiResponse);
  });

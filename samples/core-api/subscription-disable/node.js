const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const core = new midtransClient.CoreApi({
  isProduction: false,
  serverKey: "SB-Mid-server-YOUR_SERVER_KEY",
});

core
  .disableSubscription("5c1d9e2a-7b4f-4a83-9e61-0d2c8b7f3a45")
  .then((result) => {
    // No new scheduled charges run until you enable it again. Retries of an earlier
    // failed charge still run; cancel the subscription to stop those too.
    console.log(result.status_message);
  })
  .catch((error) => {
    console.error(error.httpStatusCode, error.ApiResponse);
  });

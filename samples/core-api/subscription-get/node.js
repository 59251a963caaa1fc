const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const core = new midtransClient.CoreApi({
  isProduction: false,
  serverKey: "SB-Mid-server-YOUR_SERVER_KEY",
});

core
  .getSubscription("5c1d9e2a-7b4f-4a83-9e61-0d2c8b7f3a45")
  .then((subscription) => {
    // status is active or inactive; transaction_ids lists every charge made so far.
    console.log(subscription.status);
    console.log(subscription.schedule.current_interval);
    console.log(subscription.schedule.next_execution_at);
    console.log(subscription.transaction_ids);
  })
  .catch((error) => {
    console.error(error.httpStatusCode, error.ApiResponse);
  });

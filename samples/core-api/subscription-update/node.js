const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const core = new midtransClient.CoreApi({
  isProduction: false,
  serverKey: "SB-Mid-server-YOUR_SERVER_KEY",
});

core
  .updateSubscription("5c1d9e2a-7b4f-4a83-9e61-0d2c8b7f3a45", {
    name: "PREMIUM-MONTHLY",
    amount: "175000",
    currency: "IDR",
    token: "48111111aB3dE5fG7hJ9kL2mN4pQ1114",
    schedule: {
      interval: 1,
    },
  })
  .then((result) => {
    // The new amount applies from the next scheduled charge.
    console.log(result.status_message);
  })
  .catch((error) => {
    console.error(error.httpStatusCode, error.ApiResponse);
  });

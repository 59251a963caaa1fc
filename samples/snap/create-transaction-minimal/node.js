const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const snap = new midtransClient.Snap({
  isProduction: false,
  serverKey: "SB-Mid-server-YOUR_SERVER_KEY",
});

// The smallest valid request: an order ID you have not used before and the amount.
snap
  .createTransaction({
    transaction_details: {
      order_id: "ORDER-2026-0002",
      gross_amount: 150000,
    },
  })
  .then((transaction) => {
    console.log(transaction.token);
    console.log(transaction.redirect_url);
  })
  .catch((error) => {
    console.error(error.httpStatusCode, error.ApiResponse);
  });

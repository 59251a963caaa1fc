const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const core = new midtransClient.CoreApi({
  isProduction: false,
  serverKey: "SB-Mid-server-YOUR_SERVER_KEY",
});

core
  .getPaymentAccount("6fb4f968-146f-4783-b5ff-9657717b7658")
  .then((account) => {
    // Pick the payment option the customer chose; its token goes into the charge.
    console.log(account.account_status); // "ENABLED" once linked
    for (const option of account.metadata.payment_options) {
      console.log(option.name, option.active, option.balance.value, option.token);
    }
  })
  .catch((error) => {
    console.error(error.httpStatusCode, error.ApiResponse);
  });

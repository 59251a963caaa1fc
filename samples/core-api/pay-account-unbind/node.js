const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const core = new midtransClient.CoreApi({
  isProduction: false,
  serverKey: "SB-Mid-server-YOUR_SERVER_KEY",
});

core
  .unlinkPaymentAccount("6fb4f968-146f-4783-b5ff-9657717b7658")
  .then((account) => {
    // "DISABLED": the stored tokens no longer work; delete them on your side too.
    console.log(account.status_code, account.account_status);
  })
  .catch((error) => {
    console.error(error.httpStatusCode, error.ApiResponse);
  });
